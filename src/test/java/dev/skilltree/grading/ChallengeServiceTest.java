package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.config.Transactions;
import dev.skilltree.grading.catalog.ChallengeRepository;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The challenges a server grades, over a real H2 database: the shipped ones installed and kept up to date, and those
 * an admin imports as a zip, checked whole before anything is stored.
 */
class ChallengeServiceTest {

    private static final String COUNTER = "closure-counter";

    @TempDir
    Path dir;

    @AutoClose
    private TestDatabase database;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-04T09:00:00Z"));
    private ChallengeService challenges;

    @BeforeEach
    void openDatabase() {
        database = TestDatabase.open(dir);
        challenges = new Transactions(database.dataSource()).around(ChallengeService.of(database.jdbc(), clock));
    }

    @Test
    void installsEveryShippedChallengeInSlugOrderAndLeavesThemAsTheyAreWhenInstalledAgain() {
        challenges.installBuiltIns();
        String installed = importedAt(COUNTER);
        clock.advance(Duration.ofDays(1));

        challenges.installBuiltIns();

        assertThat(challenges.list())
                .extracting(Challenge::slug)
                .containsExactlyElementsOf(BuiltInChallenges.folders().keySet());
        assertThat(challenges.get(COUNTER).title().en()).isEqualTo("A counter made of a closure");
        assertThat(importedAt(COUNTER)).as("not written again").isEqualTo(installed);
    }

    @Test
    void updatesAShippedChallengeStoredFromAnEarlierRelease() {
        challenges.installBuiltIns();
        new ChallengeRepository(database.jdbc())
                .save(COUNTER, retitled(COUNTER, "An older counter"), "earlier-release", true, clock.instant());
        assertThat(challenges.get(COUNTER).title().en()).isEqualTo("An older counter");

        challenges.installBuiltIns();

        assertThat(challenges.get(COUNTER).title().en()).isEqualTo("A counter made of a closure");
    }

    @Test
    void leavesAnAdminsImportOfAShippedSlugAsItIs() throws IOException {
        challenges.installBuiltIns();
        challenges.importZip("mine.zip", SubmissionApiTest.zip(retitled(COUNTER, "Our own counter")), true);

        challenges.installBuiltIns();

        assertThat(challenges.get(COUNTER).title().en()).isEqualTo("Our own counter");
    }

    @Test
    void importsANewChallengeThenServesItsReplacementAtOnce() throws IOException {
        ChallengeService.Imported created = challenges.importZip("add-two.zip", AddTwo.zip(), false);
        Challenge first = challenges.get(AddTwo.SLUG);
        Challenge again = challenges.get(AddTwo.SLUG);

        ChallengeService.Imported replaced = challenges.importZip(
                "add-two.zip", SubmissionApiTest.zip(retitled(AddTwo.files(), "Add two, again")), true);

        assertThat(created.created()).isTrue();
        assertThat(created.challenge().title().en()).isEqualTo("Add two");
        assertThat(again).as("read once while unchanged").isSameAs(first);
        assertThat(replaced.created()).isFalse();
        assertThat(challenges.get(AddTwo.SLUG).title().en()).isEqualTo("Add two, again");
        assertThat(challenges.list()).extracting(Challenge::slug).containsExactly(AddTwo.SLUG);
    }

    @Test
    void refusesToOverwriteAChallengeUnlessAskedToReplaceIt() throws IOException {
        challenges.importZip("add-two.zip", AddTwo.zip(), false);
        byte[] other = SubmissionApiTest.zip(retitled(AddTwo.files(), "Someone else's add-two"));

        assertThatThrownBy(() -> challenges.importZip("other.zip", other, false))
                .isInstanceOf(ChallengeExists.class)
                .hasMessage("A challenge 'add-two' already exists; import with replace to overwrite it (past"
                        + " submissions stay).");
        assertThat(challenges.get(AddTwo.SLUG).title().en()).isEqualTo("Add two");
    }

    @Test
    void refusesABrokenZipWithEveryProblemAndStoresNothing() throws IOException {
        Map<String, String> broken = new HashMap<>(AddTwo.files());
        broken.remove("reference/solution.py");
        broken.put("challenge.md", broken.get("challenge.md").replace("difficulty: beginner", "difficulty: easy"));

        assertThatThrownBy(() -> challenges.importZip("broken.zip", SubmissionApiTest.zip(broken), false))
                .isInstanceOfSatisfying(InvalidChallenge.class, e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                "broken.zip/challenge.md: difficulty must be beginner, intermediate or advanced",
                                "broken.zip/reference: there is no reference solution"));
        assertThat(challenges.list()).isEmpty();
    }

    @Test
    void findsTheChallengesOfARoadmapTopicAndSaysWhenASlugIsUnknown() {
        challenges.importZip("add-two.zip", AddTwo.zip(), false);

        assertThat(challenges.forNode("basics-functions"))
                .extracting(Challenge::slug)
                .containsExactly("add-two");
        assertThat(challenges.forNode("closures")).isEmpty();
        assertThatThrownBy(() -> challenges.get("no-such-challenge"))
                .isInstanceOf(ChallengeNotFound.class)
                .hasMessage("There is no challenge 'no-such-challenge'.");
    }

    @Test
    void onANodeThatGradesAnImportWhoseChecksCannotBeSplitIsRefusedAndTheStoredOneKept() throws IOException {
        GradingStatus grading = GradingStatus.check("python3", "auto");
        ChallengeService graded = new Transactions(database.dataSource())
                .around(new ChallengeService(new ChallengeRepository(database.jdbc()), clock, grading));
        graded.importZip("add-two.zip", AddTwo.zip(), false);
        Map<String, String> unsplittable = new HashMap<>(AddTwo.files());
        unsplittable.put(
                "tests/test_fails.py",
                "import unittest\n\nclass FailTest(unittest.TestCase):\n    def test_x(self):\n        self.fail('no')\n");

        assertThatThrownBy(() -> graded.importZip("add-two.zip", SubmissionApiTest.zip(unsplittable), true))
                .isInstanceOfSatisfying(InvalidChallenge.class, e -> assertThat(e.problems())
                        .singleElement()
                        .asString()
                        .startsWith("add-two/tests/test_fails.py:5: self.fail cannot be graded here"));
        assertThat(graded.get(AddTwo.SLUG).tests()).containsOnlyKeys("test_add.py");
    }

    private String importedAt(String slug) {
        return database.jdbc()
                .sql("select imported_at from challenge where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }

    private static Map<String, String> retitled(String builtIn, String title) {
        return retitled(BuiltInChallenges.folders().get(builtIn), title);
    }

    /** The folder's files with the English title changed. */
    private static Map<String, String> retitled(Map<String, String> files, String title) {
        Map<String, String> changed = new HashMap<>(files);
        String markdown = changed.get("challenge.md");
        changed.put("challenge.md", markdown.replaceFirst("(?m)^  en: .*$", "  en: " + title));
        return changed;
    }
}
