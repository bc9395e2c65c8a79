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

@Command(
        name = "import",
        description =
                "Validate a roadmap (Markdown) or a challenge (.zip) and store it; nothing is stored if it has any"
                        + " problem.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "FILE",
            description = "A Markdown file, a folder of .md parts, or a challenge folder as a .zip.")
    Path file;

    @Option(
            names = "--replace",
            description = "Replace a roadmap with the same id (its old version stays if this import fails).")
    boolean replace;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Resolve relative links in an outline's titles against URL (e.g. the repository's page).")
    java.net.URI baseUrl;

    @Mixin
    DataOption data;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (file.getFileName().toString().endsWith(".zip")) {
            return importChallenge();
        }
        Roadmap roadmap = RoadmapReader.read(InputFiles.read(file), baseUrl);
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

    /** A challenge folder as a zip: validated whole, then stored; the server grades it from then on. */
    private Integer importChallenge() {
        byte[] zip;
        try {
            zip = java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw UserError.cannotRead(file, e.getMessage());
        }
        var imported = data.withServices(
                services -> services.challenges().importZip(file.getFileName().toString(), zip, replace));
        spec.commandLine()
                .getOut()
                .printf(
                        "%s challenge '%s' (%d starter files, %d test files)%n",
                        imported.created() ? "Imported" : "Replaced",
                        imported.challenge().slug(),
                        imported.challenge().starter().size(),
                        imported.challenge().tests().size());
        return 0;
    }
}
