package dev.skilltree.config;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Programs the machine provides (bwrap, chromium, …), looked up the way a shell would. */
public final class SystemPrograms {

    private SystemPrograms() {}

    /** Whether {@code command} is an executable path, or an executable file in a PATH directory. */
    public static boolean installed(String command) {
        if (command.contains("/")) {
            return Files.isExecutable(Path.of(command));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
