package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The library's own CI: every shipped challenge is checked as {@code skilltree challenge check} does (the reference
 * passes, the starter does not, each wrong solution gets the verdict its author expects), and the library as a whole
 * holds the seed's stage tests and practice projects and covers the advanced topics of seed 000 §1, §2 and §4.2.
 */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class ChallengeLibraryTest {

    private static final Path LIBRARY = Path.of("src/main/resources/content/challenges");
    private static final Roadmap ROADMAP = BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED);
    private static final List<Challenge> CHALLENGES = BuiltInChallenges.load();

    /** The advanced topics of seed 000 §1.1, §1.2, §2 and §4.2: each of their topics needs a challenge. */
    private static final List<String> ADVANCED_TOPICS = List.of(
            "cpython-internals",
            "python-vm",
            "bytecode",
            "reference-counting",
            "garbage-collection",
            "memory-allocation",
            "dynamic-attributes",
            "metaclasses",
            "descriptors",
            "decorator-advanced-usage",
            "decorator-libraries",
            "context-managers",
            "contextlib",
            "multiprocessing",
            "async-io-advanced",
            "dist-computing");

    /** Topics that only a package outside the standard library teaches; the sandbox has none. */
    private static final Set<String> NEEDS_A_PACKAGE = Set.of("third-party-decorator-libs", "celery");

    /** Each folder's check, or what stopped it; filled before the tests run. */
    private static final Map<Path, Object> CHECKED = new ConcurrentHashMap<>();

    /**
     * Live challenges spend most of their time waiting on their programs, so they are checked on a line of their own
     * beside the others, each line with a slot (and so a user and a process limit) of its own.
     */
    @BeforeAll
    static void checkEveryChallenge() throws Exception {
        Grader grader = Grader.create(PythonInterpreter.resolve("python3"));
        Set<String> live = CHALLENGES.stream()
                .filter(c -> c.kind() == ChallengeKind.FAULT || c.kind() == ChallengeKind.SERVICE)
                .map(Challenge::slug)
                .collect(Collectors.toSet());
        List<Path> folders;
        try (Stream<Path> all = Files.list(LIBRARY)) {
            folders = all.sorted().toList();
        }
        try (ExecutorService lines = Executors.newFixedThreadPool(2)) {
            Future<?> first = lines.submit(() -> check(grader, folders, live::contains, 1));
            Future<?> second = lines.submit(() -> check(grader, folders, slug -> !live.contains(slug), 2));
            first.get();
            second.get();
        }
    }

    private static void check(Grader grader, List<Path> folders, Predicate<String> mine, int slot) {
        for (Path folder : folders) {
            if (mine.test(folder.getFileName().toString())) {
                try {
                    ChallengeCheck check = ChallengeCheck.of(grader, folder, slot);
                    System.out.println(line(check));
                    CHECKED.put(folder, check);
                } catch (RuntimeException e) {
                    CHECKED.put(folder, e);
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyChallengeProvesItselfWithItsReferenceItsStarterAndItsWrongSolutions() throws IOException {
        try (Stream<Path> folders = Files.list(LIBRARY)) {
            return folders.sorted().toList().stream()
                    .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
                        Object checked = CHECKED.get(folder);
                        if (checked instanceof RuntimeException e) {
                            throw e;
                        }
                        ChallengeCheck check = (ChallengeCheck) checked;
                        assertThat(check.reference().result().verdict())
                                .as(
                                        "%s: the reference: %s",
                                        folder, check.reference().result())
                                .isEqualTo(Verdict.PASSED);
                        assertThat(check.starter().verdict())
                                .as(
                                        "%s: the starter: %s",
                                        folder, check.starter().result())
                                .isNotIn(Verdict.PASSED, Verdict.SANDBOX_ERROR);
                        for (ChallengeCheck.GradedWrong wrong : check.wrong()) {
                            assertThat(wrong.asExpected())
                                    .as(
                                            "%s: wrong/%s expects %s '%s' and got %s",
                                            folder,
                                            wrong.solution().name(),
                                            wrong.solution().verdict(),
                                            wrong.solution().because(),
                                            wrong.graded().result())
                                    .isTrue();
                        }
                    }));
        }
    }

    @Test
    void everyChallengeHasTagsAndAtLeastThreeWrongSolutions() {
        List<String> short_ = new ArrayList<>();
        for (Object checked : CHECKED.values()) {
            if (checked instanceof ChallengeCheck check) {
                ChallengeTags tags = check.challenge().tags();
                if (check.wrong().size() < 3
                        || tags.stage() == 0
                        || tags.topic().isEmpty()) {
                    short_.add(check.challenge().slug() + " (" + check.wrong().size() + " wrong, tags " + tags + ")");
                }
            }
        }
        assertThat(CHECKED).hasSameSizeAs(CHALLENGES);
        assertThat(short_).isEmpty();
    }

    @Test
    void holdsTheSeedsFiveStageTestsFourPracticeProjectsAndTwentyFiveTopicChallenges() {
        Map<String, List<String>> bySeries = CHALLENGES.stream()
                .collect(Collectors.groupingBy(
                        c -> c.tags().series(), Collectors.mapping(Challenge::slug, Collectors.toList())));
        Set<String> stageTests = ROADMAP.children().getOrDefault("stage-tests", List.of()).stream()
                .map(Node::id)
                .collect(Collectors.toSet());
        Set<String> tested = CHALLENGES.stream()
                .filter(c -> c.tags().series().equals("stage-test"))
                .flatMap(c -> c.nodes().stream())
                .filter(stageTests::contains)
                .collect(Collectors.toSet());
        assertThat(tested)
                .as("stage tests with a challenge")
                .isEqualTo(stageTests)
                .hasSize(5);
        Set<String> projects = CHALLENGES.stream()
                .filter(c -> c.tags().series().equals("project"))
                .flatMap(c -> c.nodes().stream())
                .map(this::project)
                .filter(p -> !p.isEmpty())
                .collect(Collectors.toSet());
        assertThat(projects)
                .as("practice projects with a challenge")
                .containsExactlyInAnyOrder(
                        "project-distributed-system",
                        "project-ml-framework",
                        "project-web-framework",
                        "project-data-platform");
        assertThat(bySeries.getOrDefault("topic", List.of())).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void linksEveryTopicOfTheAdvancedSectionsToAChallenge() {
        Set<String> linked =
                CHALLENGES.stream().flatMap(c -> c.nodes().stream()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String topic : ADVANCED_TOPICS) {
            List<Node> leaves = ROADMAP.children().getOrDefault(topic, List.of());
            assertThat(leaves).as("the topics under %s", topic).isNotEmpty();
            leaves.stream()
                    .map(Node::id)
                    .filter(id -> !linked.contains(id) && !NEEDS_A_PACKAGE.contains(id))
                    .forEach(id -> missing.add(topic + "/" + id));
        }
        assertThat(missing).as("topics with no challenge").isEmpty();
    }

    private String project(String nodeId) {
        Node node = ROADMAP.node(nodeId).orElseThrow();
        while (node.parentId() != null && !node.id().startsWith("project-")) {
            node = ROADMAP.node(node.parentId()).orElseThrow();
        }
        return node.id().startsWith("project-") ? node.id() : "";
    }

    private static String line(ChallengeCheck check) {
        long rejected = check.wrong().stream()
                .filter(ChallengeCheck.GradedWrong::asExpected)
                .count();
        return String.format(
                "%-26s %-8s reference %s in %5d ms, starter %s in %5d ms, %d of %d wrong solutions as expected in %5d ms",
                check.challenge().slug(),
                check.challenge().kind().code(),
                check.reference().verdict(),
                check.reference().millis(),
                check.starter().verdict(),
                check.starter().millis(),
                rejected,
                check.wrong().size(),
                check.wrong().stream().mapToLong(w -> w.graded().millis()).sum());
    }
}
