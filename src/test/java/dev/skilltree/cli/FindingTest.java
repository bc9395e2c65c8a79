package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** One line of {@code doctor} per check, and under a failure its fix, under a pass its note. */
class FindingTest {

    @Test
    void aPassIsOneLineAndANoteGoesUnderIt() {
        assertThat(printed(Finding.ok("Java", "Java 25 at /jdk"))).isEqualTo("OK    Java        Java 25 at /jdk\n");
        assertThat(printed(Finding.ok("Isolation", "unshare", "apt-get install bubblewrap")))
                .isEqualTo("OK    Isolation   unshare\n" + "                  note: apt-get install bubblewrap\n");
    }

    @Test
    void aFailureSaysTheFixUnderIt() {
        assertThat(printed(Finding.fail("Python", "no Python found", "install Python 3.10")))
                .isEqualTo("FAIL  Python      no Python found\n" + "                  fix: install Python 3.10\n");
    }

    private static String printed(Finding finding) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            finding.print(out);
        }
        return text.toString();
    }
}
