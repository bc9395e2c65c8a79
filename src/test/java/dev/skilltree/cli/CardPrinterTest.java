package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.review.fsrs.Rating;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A card as the terminal shows it, where the card is incomplete: a side missing in the reader's language, no why, a
 * rating the server gave no interval for. Whole sessions are TerminalReviewTest's.
 */
class CardPrinterTest {

    /** A side with nothing on it, as the server sends a language the card was not written in. */
    private static final DueCard.Side NONE = new DueCard.Side(null, null, null, null);

    @Test
    void aSideMissingInTheReadersLanguageIsShownInTheOther() {
        DueCard onlyChinese = card("concept", new DueCard.Side("为什么？", "一次一个线程。", null, null), NONE);

        assertThat(printed(printer -> printer.front(onlyChinese))).contains("\n为什么？\n");
        assertThat(printed(printer -> printer.back(onlyChinese))).contains("\n一次一个线程。\n");
    }

    @Test
    void theBackHasNoWhyLineWithoutAWhyAndNamesARatingWithoutAnInterval() {
        DueCard card = card("concept", NONE, new DueCard.Side("Why?", "Because.", null, null));

        String back = printed(printer -> printer.back(card));

        assertThat(back).doesNotContain("Why:");
        assertThat(back).endsWith("\n  1 again   2 hard   3 good 10m   4 easy\n");
    }

    @Test
    void aClozeHidesEveryDeletionOnTheFrontAndShowsThemOnTheBack() {
        DueCard cloze = card("cloze", NONE, new DueCard.Side(null, null, null, "A {{closure}} keeps {{cells}}."));

        assertThat(printed(printer -> printer.front(cloze))).contains("\nA [...] keeps [...].\n");
        assertThat(printed(printer -> printer.back(cloze))).contains("\nA [closure] keeps [cells].\n");
    }

    private static DueCard card(String type, DueCard.Side zh, DueCard.Side en) {
        return new DueCard(
                "c1",
                "python-advanced",
                "gil",
                Map.of("en", "The GIL"),
                type,
                "new",
                zh,
                en,
                null,
                null,
                Map.of(Rating.GOOD, 600L));
    }

    private static String printed(Consumer<CardPrinter> show) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        show.accept(new CardPrinter(out, "en"));
        out.flush();
        return text.toString();
    }
}
