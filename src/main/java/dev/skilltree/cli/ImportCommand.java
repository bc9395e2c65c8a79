package dev.skilltree.cli;

import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Validate a roadmap and store it; nothing is stored if it has any problem.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A Markdown file, or a folder of .md parts.")
    Path file;

    @Option(
            names = "--replace",
            description = "Replace a roadmap with the same id (its old version stays if this import fails).")
    boolean replace;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Roadmap roadmap = RoadmapReader.read(InputFiles.read(file));
        var outcome = data.withRoadmaps(roadmaps -> roadmaps.store(roadmap, replace));
        spec.commandLine()
                .getOut()
                .printf(
                        "%s roadmap '%s' (%d nodes, %d tracks)%n",
                        switch (outcome) {
                            case CREATED -> "Imported";
                            case REPLACED -> "Replaced";
                            case UNCHANGED -> "Unchanged:";
                        },
                        roadmap.id(),
                        roadmap.nodes().size(),
                        roadmap.tracks().size());
        return 0;
    }
}
