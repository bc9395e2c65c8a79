package dev.skilltree.grading.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.ChallengeTags;
import dev.skilltree.grading.InvalidChallenge;
import dev.skilltree.grading.Limits;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChallengeReaderTest {

    private static final String FRONT = """
            ---
            slug: demo
            title: {zh: 演示, en: Demo}
            nodes: [closures]
            difficulty: beginner
            estimate: 1-2
            limits: {cpu: 3, memory: 128}
            ---
            ## zh

            中文题目。

            ## en

            The statement.
            """;

    private static Map<String, String> folder(String challengeMd) {
        Map<String, String> files = new HashMap<>();
        files.put("challenge.md", challengeMd);
        files.put("starter/solution.py", "def f():\n    pass\n");
        files.put("tests/test_f.py", "import unittest\n");
        files.put("reference/solution.py", "def f():\n    return 1\n");
        return files;
    }

    @Test
    void readsFrontMatterStatementFilesAndDefaultLimits() {
        Challenge challenge = ChallengeReader.read("demo", folder(FRONT));

        assertThat(challenge.slug()).isEqualTo("demo");
        assertThat(challenge.title().en()).isEqualTo("Demo");
        assertThat(challenge.statement().zh()).isEqualTo("中文题目。");
        assertThat(challenge.statement().en()).isEqualTo("The statement.");
        assertThat(challenge.limits()).isEqualTo(new Limits(3, 5, 128, 16, 64));
        assertThat(challenge.starter()).containsOnlyKeys("solution.py");
        assertThat(challenge.accepts("solution.py")).isTrue();
        assertThat(challenge.accepts("other.py")).isFalse();
    }

    @Test
    void listsEveryProblemNamingTheFile() {
        Map<String, String> files = folder(FRONT.replace("slug: demo", "slug: Bad Slug")
                .replace("difficulty: beginner", "difficulty: hard")
                .replace("## en", "## fr"));
        files.remove("reference/solution.py");

        assertThatThrownBy(() -> ChallengeReader.read("demo", files))
                .isInstanceOfSatisfying(InvalidChallenge.class, e -> assertThat(e.problems())
                        .containsExactly(
                                "demo/challenge.md: slug 'Bad Slug' must use lower-case letters, digits and single dashes",
                                "demo/challenge.md: difficulty must be beginner, intermediate or advanced",
                                "demo/challenge.md: the statement needs a '## zh' and a '## en' section",
                                "demo/reference: there is no reference solution"));
    }

    @Test
    void readsTagsAndTakesAChallengeWithoutThemForATopicChallengeOfNoStage() {
        Challenge tagged = ChallengeReader.read(
                "demo",
                folder(FRONT.replace(
                        "limits:", "tags: {series: stage-test, stage: 5, topic: gc, direction: systems}\nlimits:")));
        Challenge untagged = ChallengeReader.read("demo", folder(FRONT));

        assertThat(tagged.tags()).isEqualTo(new ChallengeTags("stage-test", 5, "gc", "systems"));
        assertThat(untagged.tags()).isEqualTo(ChallengeTags.NONE);
    }

    @Test
    void refusesATagOutsideItsValuesNamingTheFileAndTheTag() {
        Map<String, String> files = folder(FRONT.replace(
                "limits:", "tags: {series: homework, stage: 7, topic: Big Topic, direction: frontend}\nlimits:"));

        assertThatThrownBy(() -> ChallengeReader.read("demo", files))
                .isInstanceOf(InvalidChallenge.class)
                .satisfies(e -> assertThat(((InvalidChallenge) e).problems())
                        .containsExactly(
                                "demo/challenge.md: tags.series 'homework' must be topic, stage-test or project",
                                "demo/challenge.md: tags.stage '7' must be a roadmap stage from 1 to 5",
                                "demo/challenge.md: tags.topic 'Big Topic' must use lower-case letters, digits and "
                                        + "single dashes",
                                "demo/challenge.md: tags.direction 'frontend' must be one of backend, data, "
                                        + "crawler-testing, systems, distributed"));
    }

    @Test
    void aMemoryChallengeMayHoldItsTimeToTheReferencesButNotBelowIt() {
        String memory =
                FRONT.replace("limits:", "kind: memory\nrun: solution.py\nmemory: {share: 1.5, ratio: 0.5}\nlimits:");
        Map<String, String> files = folder(memory);
        files.put("tests/grade.py", "def workload(rng):\n    return ''\n");

        assertThatThrownBy(() -> ChallengeReader.read("demo", files))
                .isInstanceOf(InvalidChallenge.class)
                .hasMessageContaining("memory.ratio, when given, must be at least 1");
        files.put("challenge.md", memory.replace("ratio: 0.5", "ratio: 1.5"));
        assertThat(ChallengeReader.read("demo", files).scenario().ratio()).isEqualTo(1.5);
    }

    @Test
    void aFrontMatterThatIsNotYamlIsNamedWithItsLine() {
        Map<String, String> files =
                folder(FRONT.replace("title: {zh: 演示, en: Demo}", "title:\n  zh: 演示\n  en: Demo: the sequel"));

        assertThatThrownBy(() -> ChallengeReader.read("demo", files))
                .isInstanceOf(InvalidChallenge.class)
                .hasMessage("demo/challenge.md:5: the front matter is not valid YAML: mapping values are not allowed"
                        + " here (a value holding ': ' or '#' needs quotes)");
    }
}
