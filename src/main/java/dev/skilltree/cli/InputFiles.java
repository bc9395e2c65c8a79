package dev.skilltree.cli;

import dev.skilltree.roadmap.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads a roadmap from a file, or from every {@code .md} file of a folder in name order. */
final class InputFiles {

    private InputFiles() {}

    static List<SourceFile> read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> parts = Files.list(path)) {
                    List<Path> markdown = parts.filter(p -> p.toString().endsWith(".md"))
                            .sorted()
                            .toList();
                    if (markdown.isEmpty()) {
                        throw UserError.cannotRead(path, "the folder has no .md files");
                    }
                    return markdown.stream().map(InputFiles::decode).toList();
                }
            }
            return List.of(decode(path));
        } catch (IOException e) {
            throw UserError.cannotRead(path, e.getMessage());
        }
    }

    private static SourceFile decode(Path file) {
        try {
            SourceFile.refuseIfTooLarge(file.toString(), Files.size(file));
            return SourceFile.decode(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw UserError.cannotRead(file, "no such file");
        } catch (IOException e) {
            throw UserError.cannotRead(file, e.getMessage());
        }
    }
}
