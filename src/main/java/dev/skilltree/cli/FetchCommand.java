package dev.skilltree.cli;

import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.grading.Challenge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fetch", description = "Write a challenge's starter files and statement into a folder.")
final class FetchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SLUG")
    String slug;

    @Option(names = "--dir", paramLabel = "DIR", description = "Target folder (default: ./SLUG).")
    Path dir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Challenge challenge = BuiltInChallenges.get(slug);
        Path target = dir != null ? dir : Path.of(slug);
        Files.createDirectories(target);
        for (var file : challenge.starter().entrySet()) {
            Path path = target.resolve(file.getKey());
            if (Files.exists(path)) {
                throw UserError.of(path + " already exists; fetch into another folder with --dir, or move it away");
            }
        }
        for (var file : challenge.starter().entrySet()) {
            Path path = target.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(
                target.resolve("README.md"),
                "# " + challenge.title().zh() + " / " + challenge.title().en() + "\n\n"
                        + challenge.statement().zh() + "\n\n---\n\n"
                        + challenge.statement().en() + "\n",
                StandardCharsets.UTF_8);
        spec.commandLine()
                .getOut()
                .printf(
                        "Wrote %s to %s; grade it with: skilltree test %s %s%n",
                        String.join(", ", challenge.starter().keySet()), target, slug, target);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
