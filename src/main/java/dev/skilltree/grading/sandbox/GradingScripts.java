package dev.skilltree.grading.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The grader's Python scripts, copied from the classpath to a private folder that sandboxes mount read-only:
 * {@code runner.py} runs checks, {@code measure.py} supervises and measures a program, {@code scenario.py} runs a
 * fault or service challenge's grade.py against the learner's programs, {@code warm.py} forks learners' unit runs
 * from an interpreter with the runner loaded, and {@code rewrite.py} splits
 * unittest files on the trusted side. None holds a secret.
 */
public final class GradingScripts {

    static final String RUNNER = "runner.py";
    static final String REWRITE = "rewrite.py";
    static final String MEASURE = "measure.py";
    static final String SCENARIO = "scenario.py";
    static final String PROCTREE = "proctree.py";
    static final String WARM = "warm.py";

    private GradingScripts() {}

    public static Path extract() {
        try {
            Path dir = Files.createTempDirectory("skilltree-grading");
            for (String name : new String[] {RUNNER, REWRITE, MEASURE, SCENARIO, PROCTREE, WARM}) {
                try (InputStream in = GradingScripts.class.getResourceAsStream("/grading/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("grading/" + name + " is missing from the classpath");
                    }
                    Files.copy(in, dir.resolve(name));
                }
                Files.setPosixFilePermissions(dir.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
                dir.resolve(name).toFile().deleteOnExit();
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the grading scripts", e);
        }
    }
}
