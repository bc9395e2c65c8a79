package dev.skilltree.review;

import static dev.skilltree.review.Cards.clozeSide;
import static dev.skilltree.review.Cards.side;
import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardRepositoryTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @TempDir
    Path data;

    @AutoClose
    private TestDatabase db;

    private CardRepository cards;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        cards = new CardRepository(db.jdbc());
    }

    @Test
    void readsBackEveryFieldOfANodesCardsInDeckOrder() {
        Card code = card("late-binding", "closures", Card.Type.CODE);
        Card cloze = Cards.stored(Cards.cloze(
                "nonlocal",
                "closures",
                clozeSide("因为", "{{nonlocal}} 改写外层变量"),
                clozeSide("Because", "{{nonlocal}} rebinds an outer name")));

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
        Card.Side zh = side("问 " + id, "答", "因为");
        Card.Side en = side("Q " + id, "A", "Why");
        return Cards.stored(
                type == Card.Type.CODE
                        ? Cards.code(id, node, zh, en, "print([f() for f in fs])", "[2, 2, 2]")
                        : Cards.concept(id, node, zh, en));
    }
}
