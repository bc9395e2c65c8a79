package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardReaderTest {

    private static final String FILE = "10-mine.md";
    private static final String TITLE = "# 我的卡片 {en=\"My cards\"}\n\n";
    private static final String CONCEPT = "## late-binding {node=closures type=concept}\n\n"
            + "Q: 闭包捕获什么？\nA: 变量。\nWhy: 晚绑定。\n\n"
            + "> Q: What does a closure capture?\n> A: Variables.\n> Why: Late binding.\n";
    private static final String CODE = "## print-cells {node=closures type=code}\n\n"
            + "Q: 这段代码打印什么？\n\n```python\nfs = [lambda: i for i in range(3)]\n\nprint([f() for f in fs])\n```\n\n"
            + "A:\n\n```text\n[2, 2, 2]\n```\n\nWhy: 循环结束时 i 是 2。\n\n"
            + "> Q: What does this print?\n> Why: i is 2 when the loop ends.\n";
    private static final String CLOZE = "## nonlocal {node=closures type=cloze}\n\n"
            + "Text: {{nonlocal}} 改写外层的 {{变量}}。\nWhy: 否则是新的局部变量。\n\n"
            + "> Text: {{nonlocal}} rebinds an outer {{name}}.\n> Why: Otherwise it is a new local.\n";

    @Test
    void readsEachTypeOfCardWithBothLanguagesAndTheLineItStartsOn() {
        var cards = CardReader.read(FILE, TITLE + CONCEPT + "\n" + CODE + "\n" + CLOZE);

        assertThat(cards)
                .containsExactly(
                        new Card(
                                "late-binding",
                                "closures",
                                Card.Type.CONCEPT,
                                new Card.Side("闭包捕获什么？", "变量。", "晚绑定。", null),
                                new Card.Side("What does a closure capture?", "Variables.", "Late binding.", null),
                                null,
                                null,
                                FILE + ":3"),
                        new Card(
                                "print-cells",
                                "closures",
                                Card.Type.CODE,
                                new Card.Side("这段代码打印什么？", null, "循环结束时 i 是 2。", null),
                                new Card.Side("What does this print?", null, "i is 2 when the loop ends.", null),
                                "fs = [lambda: i for i in range(3)]\n\nprint([f() for f in fs])\n",
                                "[2, 2, 2]\n",
                                FILE + ":13"),
                        new Card(
                                "nonlocal",
                                "closures",
                                Card.Type.CLOZE,
                                new Card.Side(null, null, "否则是新的局部变量。", "{{nonlocal}} 改写外层的 {{变量}}。"),
                                new Card.Side(
                                        null,
                                        null,
                                        "Otherwise it is a new local.",
                                        "{{nonlocal}} rebinds an outer {{name}}."),
                                null,
                                null,
                                FILE + ":34"));
    }

    @Test
    void readsWindowsLineEndingsAsTheSameCards() {
        String deck = TITLE + CONCEPT + "\n" + CODE;

        assertThat(CardReader.read(FILE, deck.replace("\n", "\r\n"))).isEqualTo(CardReader.read(FILE, deck));
    }

    @Test
    void aFileWithoutCardHeadingsHoldsNoCards() {
        assertThat(CardReader.read(FILE, TITLE + "Some prose.\n# Another title\n"))
                .isEmpty();
        assertThat(CardReader.read(FILE, "")).isEmpty();
    }

    @Test
    void refusesAHeadingOfAnotherShapeWithItsFileAndLine() {
        assertRefused(TITLE + "## my-card {node=closures type=quiz}\n", ":3: a card heading is '## card-id");
        assertRefused(TITLE + CONCEPT + "\n## My Card\n", ":13: a card heading is");
    }

    @Test
    void refusesUndoAsACardIdBecauseTheApiUsesIt() {
        assertRefused(TITLE + CONCEPT.replace("late-binding", "undo"), ":3: 'undo' cannot be a card id");
    }

    @Test
    void refusesAFenceThatIsNotClosedNamingTheCardsLine() {
        assertRefused(
                TITLE + CONCEPT + "\n" + CODE.substring(0, CODE.indexOf("```text")) + "```text\n[2, 2, 2]\n",
                ":13: a ``` fence is not closed");
    }

    @Test
    void refusesACardWithoutAWhyInEitherLanguage() {
        assertRefused(TITLE + CONCEPT.replace("Why: 晚绑定。\n", ""), ":3: card 'late-binding' needs a Why: line");
        assertRefused(
                TITLE + CONCEPT.replace("> Why: Late binding.\n", ""), ":3: card 'late-binding' needs a Why: line");
    }

    @Test
    void refusesAConceptCardWithoutAQuestionAndAnAnswerInBothLanguages() {
        String needs = "concept card 'late-binding' needs Q: and A: in both languages";
        assertRefused(TITLE + CONCEPT.replace("Q: 闭包捕获什么？\n", ""), needs);
        assertRefused(TITLE + CONCEPT.replace("A: 变量。\n", ""), needs);
        assertRefused(TITLE + CONCEPT.replace("> Q: What does a closure capture?\n", ""), needs);
        assertRefused(TITLE + CONCEPT.replace("> A: Variables.\n", ""), needs);
    }

    @Test
    void refusesACodeCardWithoutItsCodeItsOutputOrItsQuestion() {
        String blocks = "code card 'print-cells' needs a python block and a text block";
        assertRefused(TITLE + CODE.replace("```python", "```text"), blocks);
        assertRefused(TITLE + CODE.replace("```text", "```python"), blocks);
        assertRefused(TITLE + CODE.replace("Q: 这段代码打印什么？\n", ""), ":3: code card 'print-cells' needs a Q: line");
        assertRefused(TITLE + CODE.replace("> Q: What does this print?\n", ""), "needs a Q: line in both languages");
    }

    @Test
    void refusesAClozeCardWithoutDeletionsOrWithDifferentDeletionsInZhAndEn() {
        String same = ":3: cloze card 'nonlocal' needs the same {{…}} deletions in zh and en";
        assertRefused(TITLE + CLOZE.replace("{{", "").replace("}}", ""), same);
        assertRefused(TITLE + CLOZE.replace("{{name}}", "name"), same);
        assertRefused(TITLE + CLOZE.replace("> Text: {{nonlocal}} rebinds an outer {{name}}.\n", ""), same);
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> CardReader.read(FILE, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(FILE + ":")
                .hasMessageContaining(message);
    }
}
