package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardRepositoryTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path data;

    private TestDatabase db;
    private CardRepository cards;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        cards = new CardRepository(db.jdbc());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void readsBackEveryFieldOfANodesCardsInDeckOrder() {
        Card code = card("late-binding", "closures", Card.Type.CODE);
        Card cloze = new Card(
                "nonlocal",
                "closures",
                Card.Type.CLOZE,
                new Card.Side(null, null, "因为", "{{nonlocal}} 改写外层变量"),
                new Card.Side(null, null, "Because", "{{nonlocal}} rebinds an outer name"),
                null,
                null,
                null);

        cards.replace(
                "python", List.of(code, card("yield", "generators", Card.Type.CONCEPT), cloze), builtIn("h1"), AT);

        assertThat(cards.ofNode("python", "closures")).containsExactly(code, cloze);
        assertThat(cards.ofNode("python", "nowhere")).isEmpty();
        assertThat(cards.version("python")).hasValue(builtIn("h1"));
        assertThat(cards.roadmaps()).containsExactly("python");
    }

    @Test
    void aNewDeckReplacesTheOldOneWhole() {
        cards.replace("python", List.of(card("late-binding", "closures", Card.Type.CODE)), builtIn("h1"), AT);

        cards.replace(
                "python",
                List.of(card("yield", "generators", Card.Type.CONCEPT)),
                new CardRepository.Version("h2", "import"),
                AT.plusSeconds(60));

        assertThat(cards.ofNode("python", "closures")).isEmpty();
        assertThat(cards.ofNode("python", "generators")).extracting(Card::id).containsExactly("yield");
        assertThat(cards.version("python")).hasValue(new CardRepository.Version("h2", "import"));
    }

    @Test
    void saysWhichCardIdsAnotherRoadmapsDeckHolds() {
        cards.replace("python", List.of(card("late-binding", "closures", Card.Type.CODE)), builtIn("h1"), AT);
        cards.replace("go", List.of(card("goroutines", "concurrency", Card.Type.CONCEPT)), builtIn("h2"), AT);

        assertThat(cards.takenElsewhere("python", List.of("goroutines", "late-binding", "new-card")))
                .containsExactly("goroutines");
        assertThat(cards.takenElsewhere("python", List.of())).isEmpty();
        assertThat(cards.roadmaps()).containsExactly("go", "python");
        assertThat(cards.version("rust")).isEmpty();
    }

    private static CardRepository.Version builtIn(String hash) {
        return new CardRepository.Version(hash, "builtin");
    }

    /** A card as the database gives it back: without its source file. */
    private static Card card(String id, String node, Card.Type type) {
        return new Card(
                id,
                node,
                type,
                new Card.Side("问 " + id, "答", "因为", null),
                new Card.Side("Q " + id, "A", "Why", null),
                type == Card.Type.CODE ? "print([f() for f in fs])" : null,
                type == Card.Type.CODE ? "[2, 2, 2]" : null,
                null);
    }
}
