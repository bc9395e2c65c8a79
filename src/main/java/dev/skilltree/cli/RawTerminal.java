package dev.skilltree.cli;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The terminal in raw mode (each key at once, not echoed) until closed or the JVM stops on Ctrl-C; nothing happens
 * when there is no console or {@code stty} fails, and keys are then read as they come.
 */
final class RawTerminal implements AutoCloseable {

    /** What {@code stty -g} prints (hex and colons on Linux, {@code gfmt1:cflag=…} on macOS), safe to pass to sh. */
    private static final Pattern SETTINGS = Pattern.compile("[0-9A-Za-z:=_-]+");

    private final String saved;
    private final Thread restore;

    private RawTerminal(String saved) {
        this.saved = saved;
        this.restore = new Thread(() -> stty(saved));
    }

    static RawTerminal enter() {
        String saved = System.console() == null ? null : stty("-g");
        if (saved == null || !SETTINGS.matcher(saved).matches()) {
            return new RawTerminal(null);
        }
        RawTerminal terminal = new RawTerminal(saved);
        Runtime.getRuntime().addShutdownHook(terminal.restore);
        stty("-icanon -echo min 1");
        return terminal;
    }

    @Override
    public void close() {
        if (saved == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(restore);
        } catch (IllegalStateException shuttingDown) {
            return; // the hook restores the settings
        }
        stty(saved);
    }

    /** Runs {@code stty} on the terminal and returns what it printed, or null when it failed. */
    private static String stty(String arguments) {
        try {
            Process stty = new ProcessBuilder("sh", "-c", "stty " + arguments + " < /dev/tty")
                    .redirectError(Redirect.DISCARD)
                    .start();
            String printed = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return stty.waitFor() == 0 ? printed : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
