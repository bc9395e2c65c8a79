package dev.skilltree.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "roadmaps", description = "List the roadmaps: id, title and node count.")
final class RoadmapsCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var list = data.withRoadmaps(roadmaps -> roadmaps.list());
        int width = list.stream().mapToInt(r -> r.id().length()).max().orElse(2);
        out.printf("%-" + width + "s  %5s  %s%n", "ID", "NODES", "TITLE");
        list.forEach(r -> out.printf(
                "%-" + width + "s  %5d  %s%n", r.id(), r.nodeCount(), r.title().in(r.locale())));
        out.flush();
        return 0;
    }
}
