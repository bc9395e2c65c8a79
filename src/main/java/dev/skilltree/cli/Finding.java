package dev.skilltree.cli;

import java.io.PrintWriter;

/** One line of {@code doctor}: what was checked, what was found, and for a failure the fix (for a pass, a note). */
record Finding(String subject, boolean ok, String found, String advice) {

    static Finding ok(String subject, String found) {
        return new Finding(subject, true, found, null);
    }

    static Finding ok(String subject, String found, String note) {
        return new Finding(subject, true, found, note);
    }

    static Finding fail(String subject, String found, String fix) {
        return new Finding(subject, false, found, fix);
    }

    void print(PrintWriter out) {
        out.printf("%-4s  %-10s  %s%n", ok ? "OK" : "FAIL", subject, found);
        if (advice != null) {
            out.printf("%-4s  %-10s  %s: %s%n", "", "", ok ? "note" : "fix", advice);
        }
    }
}
