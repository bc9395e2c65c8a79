package dev.skilltree.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java this command runs on, and the {@code java} a shell finds first, which the {@code ./skilltree} launcher
 * passes over when it is older than 21 (it looks for a newer JDK itself).
 */
final class JavaCheck {

    static final int NEEDED = 21;
    private static final Pattern VERSION = Pattern.compile("version \"(\\d+)(?:\\.(\\d+))?");
    private static final String GET_ONE = "install a JDK 21 or newer (Debian 13: apt-get install openjdk-21-jdk;"
            + " elsewhere Temurin 25 from https://adoptium.net) and set JAVA_HOME to it";

    private JavaCheck() {}

    static Finding run() {
        return of(Runtime.version(), System.getProperty("java.home"), javaOnPath());
    }

    /** {@code onPath} is the first line {@code java -version} printed, if a {@code java} is on the PATH. */
    static Finding of(Runtime.Version running, String home, Optional<String> onPath) {
        String found = "Java " + running + " at " + home;
        if (running.feature() < NEEDED) {
            return Finding.fail("Java", found + "; skilltree needs " + NEEDED + " or newer", GET_ONE);
        }
        Optional<Integer> pathFeature = onPath.flatMap(JavaCheck::feature);
        if (pathFeature.isPresent() && pathFeature.get() < NEEDED) {
            return Finding.ok(
                    "Java",
                    found,
                    "'java -version' on the PATH finds " + onPath.get().strip() + ", too old to run the jar"
                            + " directly; ./skilltree uses the JDK above, or put " + home + "/bin first on the PATH");
        }
        return Finding.ok("Java", found);
    }

    /** The major version in a {@code java -version} line: 17 for {@code "17.0.2"}, 8 for {@code "1.8.0_392"}. */
    static Optional<Integer> feature(String versionLine) {
        Matcher m = VERSION.matcher(versionLine);
        if (!m.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        return Optional.of(first == 1 && m.group(2) != null ? Integer.parseInt(m.group(2)) : first);
    }

    private static Optional<String> javaOnPath() {
        try {
            Process process = new ProcessBuilder("java", "-version")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return out.lines().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
