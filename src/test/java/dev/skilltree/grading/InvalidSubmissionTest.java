package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidSubmissionTest {

    @Test
    void explainsABadPath() {
        InvalidSubmission e = InvalidSubmission.badPath("../etc/passwd");

        assertThat(e).hasMessage("'../etc/passwd' is not allowed: use a plain relative file name, without '..'");
        assertThat(e.tooLarge()).isFalse();
    }

    @Test
    void namesTheFilesTheChallengeTakes() {
        InvalidSubmission e =
                InvalidSubmission.unexpectedFile("main.py", new LinkedHashSet<>(List.of("solution.py", "helpers.py")));

        assertThat(e).hasMessage("'main.py' is not a file of this challenge; submit solution.py, helpers.py");
        assertThat(e.tooLarge()).isFalse();
    }

    @Test
    void marksAnOversizedSubmissionAsTooLargeAndGivesItsSize() {
        InvalidSubmission e = InvalidSubmission.tooLarge(21, 300_000);

        assertThat(e.tooLarge()).isTrue();
        assertThat(e)
                .hasMessage(
                        "a submission may have at most 20 files and 256 KB; this one has 21 files and 300000 bytes");
    }

    @Test
    void namesAMissingFile() {
        assertThat(InvalidSubmission.missing("solution.py"))
                .hasMessage("'solution.py' is missing from the submission")
                .extracting(InvalidSubmission::tooLarge)
                .isEqualTo(false);
    }
}
