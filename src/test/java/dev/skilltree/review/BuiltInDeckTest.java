package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.support.RequiresSystemPackage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The python-advanced deck: well formed, linked to real nodes, in both languages, and its code cards tell the truth. */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class BuiltInDeckTest {

    private static final List<Card> DECK = deck();
    private static final Roadmap ROADMAP = BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED);

    @Test
    void hasAtLeast200CardsOfEveryTypeWithUniqueIds() {
        assertThat(DECK).hasSizeGreaterThanOrEqualTo(200);
        assertThat(DECK).extracting(Card::id).doesNotHaveDuplicates();
        assertThat(DECK).extracting(Card::type).contains(Card.Type.values());
    }

    @Test
    void linksEveryCardToANodeOfTheRoadmap() {
        assertThat(DECK).allSatisfy(card -> assertThat(ROADMAP.node(card.node()))
                .as(card.source() + " links to " + card.node())
                .isPresent());
    }

    @Test
    void saysEveryCardInChineseAndEnglish() {
        assertThat(DECK).allSatisfy(card -> {
            assertThat(card.zh().why()).as(card.source()).isNotBlank();
            assertThat(card.en().why()).as(card.source()).isNotBlank();
            assertThat(card.zh().why()).as(card.source()).containsPattern("\\p{IsHan}");
        });
    }

    /**
     * The practice projects and stage tests (proven by challenges, not recalled from cards) and the path's summary
     * (self-checks over the whole path, with no content of their own).
     */
    private static final Set<String> PROJECTS =
            Set.of("practice-projects", "project-suggestions", "stage-tests", "path-summary");

    /** Seed 000's sections 1-7 and seed 001's directions are stages 3 to 5 of the roadmap. */
    @Test
    void coversEveryTopicOfTheSeedsSectionsAndDirections() {
        Set<String> carded = DECK.stream().map(Card::node).collect(Collectors.toSet());
        Set<String> parents = ROADMAP.nodes().stream()
                .map(Node::parentId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<String> bare = ROADMAP.nodes().stream()
                .filter(node -> !parents.contains(node.id()))
                .filter(node -> stage(node)
                        .filter(Set.of("stage-3", "stage-4", "stage-5")::contains)
                        .isPresent())
                .filter(node -> lineage(node).stream().noneMatch(PROJECTS::contains))
                .filter(node -> lineage(node).stream().noneMatch(carded::contains))
                .map(Node::id)
                .toList();
        assertThat(bare)
                .as("topics with no card on them or on an area above them")
                .isEmpty();
    }

    /** The node and its ancestors below its stage. */
    private static List<String> lineage(Node node) {
        List<String> ids = new ArrayList<>();
        for (Node n = node;
                n != null && n.parentId() != null;
                n = ROADMAP.node(n.parentId()).orElse(null)) {
            ids.add(n.id());
        }
        return ids;
    }

    /** The topmost node above {@code node}: its stage. */
    private static java.util.Optional<String> stage(Node node) {
        Node n = node;
        while (n.parentId() != null && ROADMAP.node(n.parentId()).isPresent()) {
            n = ROADMAP.node(n.parentId()).get();
        }
        return java.util.Optional.of(n.id());
    }

    /**
     * Each snippet runs with Debian's Python 3.11, isolated ({@code -I -S -B}) in a bubblewrap sandbox that sees only
     * {@code /usr} and an empty {@code /tmp}, with no network, and prints its answer.
     */
    @Test
    void everyCodeCardPrintsExactlyItsAnswer() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Card card : DECK.stream().filter(c -> c.type() == Card.Type.CODE).toList()) {
            List<String> command = new ArrayList<>(SANDBOX);
            command.addAll(List.of("/usr/bin/python3", "-I", "-S", "-B", "-c", card.code()));
            Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
            boolean done = run.waitFor(10, TimeUnit.SECONDS);
            String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!done) {
                run.destroyForcibly();
                wrong.add(card.source() + " did not finish");
            } else if (!printed.equals(card.output())) {
                wrong.add(card.source() + " printed " + printed + " but the card says " + card.output());
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static final List<String> SANDBOX = List.of(
            "bwrap",
            "--ro-bind",
            "/usr",
            "/usr",
            "--symlink",
            "usr/lib",
            "/lib",
            "--symlink",
            "usr/lib64",
            "/lib64",
            "--symlink",
            "usr/bin",
            "/bin",
            "--proc",
            "/proc",
            "--dev",
            "/dev",
            "--tmpfs",
            "/tmp",
            "--chdir",
            "/tmp",
            "--unshare-all",
            "--die-with-parent",
            "--new-session");

    private static List<Card> deck() {
        List<Card> cards = new ArrayList<>();
        DeckService.builtInFiles(BuiltInRoadmaps.PYTHON_ADVANCED)
                .forEach((file, text) -> cards.addAll(CardReader.read(file, text)));
        return cards;
    }
}
