package dev.skilltree.review;

import static dev.skilltree.review.ReviewFixtures.ROADMAP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.config.Transactions;
import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** Decks imported and installed over a real H2 database holding the small roadmap of {@link ReviewFixtures}. */
class DeckServiceTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final String TITLE = "# 我的卡片 {en=\"My cards\"}\n\n";

    @TempDir
    Path data;

    private TestDatabase db;
    private RoadmapService roadmaps;
    private CardRepository cards;
    private DeckService decks;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        MovableClock clock = new MovableClock(START);
        Transactions transactions = new Transactions(db.dataSource());
        roadmaps = transactions.around(RoadmapService.of(db.jdbc(), new JdbcTemplate(db.dataSource()), clock));
        roadmaps.install(ReviewFixtures.roadmap());
        cards = new CardRepository(db.jdbc());
        decks = transactions.around(new DeckService(cards, roadmaps, clock));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void anImportReplacesTheRoadmapsDeckWithTheCardsOfItsFilesInNameOrder() {
        decks.importDeck(ROADMAP, Map.of("10-old.md", TITLE + concept("old-card", "decorators")));

        int count = decks.importDeck(
                ROADMAP,
                Map.of(
                        "20-later.md", TITLE + concept("second", "closures"),
                        "10-first.md", TITLE + concept("first", "closures") + "\n" + concept("third", "generators")));

        assertThat(count).isEqualTo(3);
        assertThat(cards.ofNode(ROADMAP, "closures")).extracting(Card::id).containsExactly("first", "second");
        assertThat(cards.ofNode(ROADMAP, "generators")).extracting(Card::id).containsExactly("third");
        assertThat(cards.ofNode(ROADMAP, "decorators")).isEmpty();
        assertThat(cards.version(ROADMAP))
                .hasValueSatisfying(v -> assertThat(v.source()).isEqualTo("import"));
    }

    @Test
    void refusesABrokenDeckWholeNamingTheFileAndLineAndKeepsTheOldOne() {
        decks.importDeck(ROADMAP, Map.of("10-kept.md", TITLE + concept("kept", "closures")));
        String good = TITLE + concept("fine", "closures");

        assertRefused(
                Map.of("10-a.md", good, "20-b.md", TITLE + concept("lost", "no-such-node")),
                "20-b.md:3: roadmap 'python' has no node 'no-such-node'");
        assertRefused(Map.of("10-a.md", TITLE + "## my-card {node=closures type=quiz}\n"), "10-a.md:3: a card heading");
        assertRefused(
                Map.of("10-a.md", good, "20-b.md", TITLE + concept("fine", "generators")),
                "20-b.md:3: the card id 'fine' is used twice");
        assertRefused(
                Map.of("10-a.md", TITLE + concept("a".repeat(65), "closures")),
                "10-a.md:3: the card id is longer than 64 characters");
        assertRefused(Map.of("10-a.md", TITLE), "the deck has no cards");
        assertThat(cards.ofNode(ROADMAP, "closures")).extracting(Card::id).containsExactly("kept");
    }

    @Test
    void refusesCardIdsThatAnotherRoadmapsDeckHolds() {
        roadmaps.install(ReviewFixtures.roadmap("python-two"));
        decks.importDeck("python-two", Map.of("10-a.md", TITLE + concept("mine", "closures")));

        assertRefused(
                Map.of("10-a.md", TITLE + concept("mine", "closures") + "\n" + concept("free", "closures")),
                "these card ids belong to another roadmap's deck: mine");
        assertThat(cards.ofNode(ROADMAP, "closures")).isEmpty();
    }

    @Test
    void installsTheShippedDeckOfABuiltInRoadmapWhenItChangedButNeverOverAnImport() {
        String builtIn = BuiltInRoadmaps.PYTHON_ADVANCED;
        roadmaps.install(BuiltInRoadmaps.load(builtIn));

        decks.installBuiltIn(builtIn);
        CardRepository.Version installed = cards.version(builtIn).orElseThrow();
        int shipped = count(builtIn);
        cards.replace(builtIn, List.of(), new CardRepository.Version("older", "builtin"), START);
        decks.installBuiltIn(builtIn);
        int reinstalled = count(builtIn);
        decks.importDeck(builtIn, Map.of("10-mine.md", TITLE + concept("my-card", "closures")));
        decks.installBuiltIn(builtIn);

        assertThat(installed.source()).isEqualTo("builtin");
        assertThat(shipped)
                .isEqualTo(DeckService.builtInFiles(builtIn).values().stream()
                        .mapToInt(text -> CardReader.read("deck", text).size())
                        .sum());
        assertThat(shipped).isGreaterThan(200);
        assertThat(reinstalled).as("the stored deck was an older version").isEqualTo(shipped);
        assertThat(cards.version(builtIn))
                .hasValueSatisfying(v -> assertThat(v.source()).isEqualTo("import"));
        assertThat(count(builtIn))
                .as("the start-up install leaves an admin's deck alone")
                .isEqualTo(1);
    }

    @Test
    void aRoadmapWithoutAShippedDeckGetsNone() {
        decks.installBuiltIn(ROADMAP);

        assertThat(cards.version(ROADMAP)).isEmpty();
        assertThat(count(ROADMAP)).isZero();
    }

    private void assertRefused(Map<String, String> files, String message) {
        assertThatThrownBy(() -> decks.importDeck(ROADMAP, files))
                .isInstanceOf(InvalidDeck.class)
                .hasMessageStartingWith("Cannot import the deck: " + message);
    }

    private int count(String roadmapId) {
        return db.jdbc()
                .sql("select count(*) from review_card where roadmap_id = ?")
                .param(roadmapId)
                .query(Integer.class)
                .single();
    }

    private static String concept(String id, String node) {
        return "## " + id + " {node=" + node + " type=concept}\n\nQ: 问题\nA: 答案\nWhy: 因为\n\n"
                + "> Q: Question\n> A: Answer\n> Why: Because\n";
    }
}
