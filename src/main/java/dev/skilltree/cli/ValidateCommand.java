package dev.skilltree.cli;

import dev.skilltree.roadmap.InvalidRoadmap;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = "Check roadmap files and print every problem with its line.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Markdown files, or folders of .md parts.")
    List<Path> files;

    @picocli.CommandLine.Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Resolve relative links in an outline's titles against URL.")
    java.net.URI baseUrl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path file : files) {
            try {
                Roadmap roadmap = RoadmapReader.read(InputFiles.read(file), baseUrl);
                out.printf(
                        "%s: ok, roadmap '%s' with %d nodes and %d tracks%n",
                        file,
                        roadmap.id(),
                        roadmap.nodes().size(),
                        roadmap.tracks().size());
            } catch (InvalidRoadmap e) {
                e.problems().forEach(err::println);
                failed++;
            } catch (UserError e) {
                err.println(e.getMessage());
                failed++;
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }
}
