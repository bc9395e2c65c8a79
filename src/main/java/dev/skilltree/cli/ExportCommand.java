package dev.skilltree.cli;

import dev.skilltree.roadmap.JsonExporter;
import dev.skilltree.roadmap.MarkdownExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Write a roadmap as Markdown (the authoring format) or as JSON.")
final class ExportCommand implements Callable<Integer> {

    enum Format {
        md,
        json
    }

    @Parameters(paramLabel = "ID", description = "The roadmap id, e.g. python-advanced.")
    String id;

    @Option(names = "--format", required = true, description = "md or json.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text = data.withRoadmaps(roadmaps -> {
            var roadmap = roadmaps.get(id);
            return format == Format.md ? MarkdownExporter.export(roadmap) : JsonExporter.export(roadmap);
        });
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
