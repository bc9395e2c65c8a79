package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardTest {

    @Test
    void asksItsQuestionInTheLanguageAskedAndEnglishForAnyOther() {
        Card card = new Card(
                "yield",
                "generators",
                Card.Type.CONCEPT,
                new Card.Side("yield 做什么？", "暂停", "因为", null),
                new Card.Side("What does yield do?", "Pauses", "Because", null),
                null,
                null,
                null);

        assertThat(card.prompt("zh")).isEqualTo("yield 做什么？");
        assertThat(card.prompt("en")).isEqualTo("What does yield do?");
        assertThat(card.prompt("fr")).isEqualTo("What does yield do?");
    }

    @Test
    void aClozeCardAsksItsTextWithEachDeletionBlanked() {
        Card card = new Card(
                "nonlocal",
                "closures",
                Card.Type.CLOZE,
                new Card.Side(null, null, "因为", "{{nonlocal}} 改写外层的{{变量}}"),
                new Card.Side(null, null, "Because", "{{nonlocal}} rebinds an {{outer name}}"),
                null,
                null,
                null);

        assertThat(card.prompt("zh")).isEqualTo("[…] 改写外层的[…]");
        assertThat(card.prompt("en")).isEqualTo("[…] rebinds an […]");
    }

    @Test
    void countsTheDeletionsOfATextAndNoneOfNoText() {
        assertThat(Card.deletions("{{a}} and {{b c}} but not {{}} or {single}")).isEqualTo(2);
        assertThat(Card.deletions("plain")).isZero();
        assertThat(Card.deletions(null)).isZero();
    }
}
