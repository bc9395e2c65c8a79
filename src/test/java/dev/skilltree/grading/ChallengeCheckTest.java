package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author's check of a challenge folder: whether it proves itself, and what stops a folder from being checked at
 * all. The gradings are the real sandbox's, of the tiny challenge {@link AddTwo}; the rule that decides is checked
 * on gradings made up here. The shipped library's check is ChallengeLibraryTest's, the command's output
 * ChallengeCommandTest's.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class ChallengeCheckTest {

    private static final Grader GRADER = Grader.create(PythonInterpreter.resolve("python3"));
    private static final Challenge MADE_UP = TestChallenges.unit("made-up", Limits.DEFAULT, Map.of(), "");

    @TempDir
    Path dir;

    @Test
    void aFolderWhoseReferencePassesAndStarterAndWrongSolutionFailProvesItselfAndShowsWhatTheReferenceSaw() {
        ChallengeCheck check = ChallengeCheck.of(GRADER, AddTwo.FOLDER);

        assertThat(check.challenge().slug()).isEqualTo("add-two");
        assertThat(check.reference().verdict())
                .as("%s", check.reference().result())
                .isEqualTo(Verdict.PASSED);
        assertThat(check.starter().verdict()).isEqualTo(Verdict.FAILED);
        assertThat(check.wrong()).singleElement().satisfies(wrong -> {
            assertThat(wrong.solution().name()).isEqualTo("adds-one");
            assertThat(wrong.graded().verdict()).isEqualTo(Verdict.FAILED);
            assertThat(wrong.asExpected()).isTrue();
        });
        assertThat(check.observations()).containsExactly("test_adds_two", "  add_two(3): 5");
        assertThat(check.ok()).isTrue();
    }

    @Test
    void aStarterThatAlreadyPassesProvesNothing() throws IOException {
        Path folder = AddTwo.copyTo(dir);
        Files.copy(
                folder.resolve("reference/solution.py"),
                folder.resolve("starter/solution.py"),
                StandardCopyOption.REPLACE_EXISTING);

        ChallengeCheck check = ChallengeCheck.of(GRADER, folder);

        assertThat(check.reference().verdict()).isEqualTo(Verdict.PASSED);
        assertThat(check.starter().verdict()).isEqualTo(Verdict.PASSED);
        assertThat(check.ok()).isFalse();
    }

    @Test
    void provesItselfOnlyWhenTheReferencePassesTheStarterFailsAndEachWrongSolutionGetsItsVerdictForItsReason() {
        WrongSolution failsOnTheSum = new WrongSolution("adds-one", new TreeMap<>(), Verdict.FAILED, "test_adds_two");
        GradeResult sumFailed = new GradeResult(
                Verdict.FAILED, "", List.of(new TestOutcome("test_adds_two", "fail", "4 != 5", "", 1)), 10);
        GradeResult otherFailed =
                new GradeResult(Verdict.FAILED, "", List.of(new TestOutcome("test_other", "fail", "no", "", 1)), 10);

        assertThat(check(Verdict.PASSED, Verdict.FAILED, List.of())).isTrue();
        assertThat(check(Verdict.PASSED, Verdict.ERROR, List.of(wrong(failsOnTheSum, sumFailed))))
                .isTrue();
        assertThat(check(Verdict.FAILED, Verdict.FAILED, List.of()))
                .as("the reference fails")
                .isFalse();
        assertThat(check(Verdict.PASSED, Verdict.PASSED, List.of()))
                .as("the starter passes")
                .isFalse();
        assertThat(check(Verdict.PASSED, Verdict.SANDBOX_ERROR, List.of()))
                .as("the starter could not be graded")
                .isFalse();
        assertThat(check(Verdict.PASSED, Verdict.FAILED, List.of(wrong(failsOnTheSum, otherFailed))))
                .as("the wrong solution fails for another reason")
                .isFalse();
    }

    @Test
    void aPathThatIsNotAFolderCannotBeChecked() {
        Path missing = dir.resolve("no-such-challenge");

        assertThatThrownBy(() -> ChallengeCheck.of(GRADER, missing))
                .isInstanceOf(InvalidChallenge.class)
                .hasMessage(missing + ": not a folder");
    }

    @Test
    void aFileThatIsNotUtf8TextIsNamedBeforeAnythingIsGraded() throws IOException {
        Path folder = AddTwo.copyTo(dir);
        Files.write(folder.resolve("starter/data.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});

        assertThatThrownBy(() -> ChallengeCheck.of(GRADER, folder))
                .isInstanceOfSatisfying(InvalidChallenge.class, e -> assertThat(e.problems())
                        .containsExactly(folder + "/starter/data.bin: not UTF-8 text"));
    }

    private static boolean check(Verdict reference, Verdict starter, List<ChallengeCheck.GradedWrong> wrong) {
        return new ChallengeCheck(MADE_UP, graded(reference), graded(starter), wrong, List.of()).ok();
    }

    private static ChallengeCheck.GradedWrong wrong(WrongSolution solution, GradeResult result) {
        return new ChallengeCheck.GradedWrong(solution, new ChallengeCheck.Graded(result, 10));
    }

    private static ChallengeCheck.Graded graded(Verdict verdict) {
        return new ChallengeCheck.Graded(new GradeResult(verdict, "", List.of(), 10), 10);
    }
}
