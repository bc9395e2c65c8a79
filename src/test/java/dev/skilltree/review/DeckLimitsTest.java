package dev.skilltree.review;

import static dev.skilltree.review.Cards.side;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeckLimitsTest {

    @Test
    void aCardThatFitsItsColumnsPasses() {
        assertThat(DeckLimits.check(card("c".repeat(64), "n".repeat(64), "w".repeat(2000), "p".repeat(8000))))
                .isEmpty();
    }

    @Test
    void namesWhatIsTooLongToStore() {
        assertThat(DeckLimits.check(card("c".repeat(65), "closures", "why", "print(1)")))
                .hasValue("the card id is longer than 64 characters");
        assertThat(DeckLimits.check(card("c1", "n".repeat(65), "why", "print(1)")))
                .hasValue("the node id is longer than 64 characters");
        assertThat(DeckLimits.check(card("c1", "closures", "w".repeat(2001), "print(1)")))
                .hasValue("a line of card 'c1' is longer than 2000 characters");
        assertThat(DeckLimits.check(card("c1", "closures", "why", "p".repeat(8001))))
                .hasValue("the code or output of card 'c1' is longer than 8000 characters");
    }

    @Test
    void checksBothLanguagesAndTheOutput() {
        Card longChinese =
                Cards.code("c1", "closures", side("问".repeat(2001), null, "因"), side("Q", null, "W"), "print(1)", "1");
        Card longOutput =
                Cards.code("c2", "closures", side("问", null, "因"), side("Q", null, "W"), "print(1)", "1".repeat(8001));

        assertThat(DeckLimits.check(longChinese))
                .hasValueSatisfying(m -> assertThat(m).contains("a line"));
        assertThat(DeckLimits.check(longOutput))
                .hasValueSatisfying(m -> assertThat(m).contains("code or output"));
    }

    private static Card card(String id, String node, String why, String code) {
        return Cards.code(id, node, side("输出什么？", null, "因为"), side("What does it print?", null, why), code, "1");
    }
}
