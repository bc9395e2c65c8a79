package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.review.fsrs.Rating;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A review session driven by scripted keys against an in-memory server that keeps the review API's contract. */
class TerminalReviewTest {

    @Test
    void showsTheFrontAndOnlyOnSpaceTheAnswerWhyAndChoices() throws IOException {
        String front = review(new Deck(gil()), "3q");
        String back = review(new Deck(gil()), " ");

        assertThat(front)
                .contains("python-advanced › The GIL · concept · new", "Why can only one thread run bytecode?")
                .doesNotContain("The GIL lets one thread", "1 again")
                .contains("Reviewed 0 cards");
        assertThat(back.indexOf("Why can only one thread run bytecode?"))
                .isLessThan(back.indexOf("The GIL lets one thread run at a time."));
        assertThat(back)
                .contains("Why: Reference counts are not thread-safe.")
                .contains("1 again 1m   2 hard 6m   3 good 10m   4 easy 8d");
    }

    @Test
    void codeAndClozeCardsKeepTheirAnswerForTheBack() throws IOException {
        String out = review(new Deck(code(), cloze()), " 3 3");

        int codeBack = out.indexOf("──────────");
        assertThat(out.indexOf("    print([f() for f in fs])")).isBetween(0, codeBack);
        assertThat(out.indexOf("    [2, 2, 2]")).isGreaterThan(codeBack);
        assertThat(out).contains("1 again 10m   2 hard 2h   3 good 1.5mo   4 easy 1.2y");
        assertThat(out.indexOf("A closure keeps [...] in a cell, read through [...]."))
                .isGreaterThan(codeBack)
                .isLessThan(out.indexOf("A closure keeps [free variables] in a cell, read through [__closure__]."));
    }

    @Test
    void showsTheCardsInChineseWithLangZh() throws IOException {
        String out = review(new Deck(gil()), " ", "zh");

        assertThat(out).contains("python-advanced › 全局解释器锁", "为什么同一时刻只有一个线程执行字节码？", "GIL 一次只让一个线程运行。");
        assertThat(out).doesNotContain("Why can only one thread run bytecode?");
    }

    @Test
    void ratesWithDigitsLettersOrEnterAndFetchesAgainUntilNothingIsDue() throws IOException {
        String out = review(new Deck(gil(), code()), "\n1 g 3");

        assertThat(fronts(out)).containsExactly("The GIL", "Late binding", "The GIL");
        assertThat(out)
                .contains("2 cards due now.", "1 card due now.", "No more cards are due now.")
                .endsWith("Reviewed 3 cards in 1m 30s: again 1, hard 0, good 2, easy 0.\n");
    }

    @Test
    void undoPutsTheLastRatedCardBackInFrontAndTakesBackItsCount() throws IOException {
        String out = review(new Deck(gil(), code()), " 2z 4 3");

        assertThat(fronts(out)).containsExactly("The GIL", "Late binding", "The GIL", "Late binding");
        assertThat(out)
                .contains("Undid hard on gil-serialises-bytecode.")
                .endsWith("Reviewed 2 cards in 1m 30s: again 0, hard 0, good 1, easy 1.\n");
    }

    @Test
    void saysWhenThereIsNothingToUndo() throws IOException {
        String out = review(new Deck(gil(), code(), cloze()), "z 3 2zzq");

        assertThat(fronts(out)).containsExactly("The GIL", "Late binding", "Closure cells", "Late binding");
        assertThat(out)
                .contains("Nothing to undo in this session.")
                .contains("Undid hard on late-binding.")
                .contains("There is no rating to undo.")
                .doesNotContain("No more cards")
                .endsWith("Reviewed 1 card in 1m 00s: again 0, hard 0, good 1, easy 0.\n");
    }

    @Test
    void arrowAndFunctionKeysNeverRate() throws IOException {
        String out = review(new Deck(gil()), " \u001b[3~\u001b[15~\u001b[A\u001bOPe");

        assertThat(out).endsWith("Reviewed 1 card in 30s: again 0, hard 0, good 0, easy 1.\n");
    }

    @Test
    void saysSoWhenNothingIsDue() throws IOException {
        assertThat(review(new Deck(), ""))
                .isEqualTo("No cards are due now.\nReviewed 0 cards in 0s: again 0, hard 0, good 0, easy 0.\n");
    }

    private static String review(Deck deck, String keys) throws IOException {
        return review(deck, keys, "en");
    }

    private static String review(Deck deck, String keys, String lang) throws IOException {
        StringWriter out = new StringWriter();
        new TerminalReview(deck, new StringReader(keys), new PrintWriter(out), lang, () -> deck.now).run();
        return out.toString();
    }

    /** The node title of each card front shown, in order. */
    private static List<String> fronts(String out) {
        return out.lines()
                .filter(line -> line.startsWith("python-advanced › "))
                .map(line -> line.split(" › | · ")[1])
                .toList();
    }

    /** Due cards in order; a rating takes 30 s, again brings the card back at once, one rating can be undone. */
    private static final class Deck implements ReviewApi {

        private record Last(DueCard card, Rating rating) {}

        private final List<DueCard> due;
        private Last last;
        Instant now = Instant.parse("2026-12-01T20:00:00Z");

        Deck(DueCard... cards) {
            due = new ArrayList<>(List.of(cards));
        }

        @Override
        public Due due(int limit) {
            return new Due(due.size(), List.copyOf(due.subList(0, Math.min(limit, due.size()))));
        }

        @Override
        public void rate(String id, Rating rating) {
            DueCard card =
                    due.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
            due.remove(card);
            if (rating == Rating.AGAIN) {
                due.add(card);
            }
            last = new Last(card, rating);
            now = now.plusSeconds(30);
        }

        @Override
        public Undone undo(String card) {
            if (last == null) {
                throw UserError.of("There is no rating to undo.");
            }
            if (!last.card().id().equals(card)) {
                throw UserError.of("Your last rating was of another card.");
            }
            due.remove(last.card());
            due.addFirst(last.card());
            Undone undone = new Undone(last.card().id(), last.rating());
            last = null;
            return undone;
        }
    }

    private static DueCard gil() {
        return card(
                "gil-serialises-bytecode",
                "gil",
                Map.of("zh", "全局解释器锁", "en", "The GIL"),
                "concept",
                new DueCard.Side("为什么同一时刻只有一个线程执行字节码？", "GIL 一次只让一个线程运行。", "引用计数不是线程安全的。", null),
                new DueCard.Side(
                        "Why can only one thread run bytecode?",
                        "The GIL lets one thread run at a time.",
                        "Reference counts are not thread-safe.",
                        null),
                null,
                null,
                60,
                330,
                600,
                691_200);
    }

    private static DueCard code() {
        return card(
                "late-binding",
                "closures",
                Map.of("en", "Late binding"),
                "code",
                new DueCard.Side("这段代码打印什么？", null, "闭包在调用时才查找 i。", null),
                new DueCard.Side("What does this print?", null, "Closures look i up when called.", null),
                "fs = [lambda: i for i in range(3)]\nprint([f() for f in fs])\n",
                "[2, 2, 2]\n",
                600,
                7_200,
                3_888_000,
                37_843_200);
    }

    private static DueCard cloze() {
        return card(
                "closure-cells",
                "cells",
                Map.of("en", "Closure cells"),
                "cloze",
                new DueCard.Side(null, null, "自由变量放在 cell 里。", "闭包把{{自由变量}}放在 cell 里。"),
                new DueCard.Side(
                        null,
                        null,
                        "Inner functions share the cell.",
                        "A closure keeps {{free variables}} in a cell, read through {{__closure__}}."),
                null,
                null,
                60,
                330,
                600,
                86_400);
    }

    private static DueCard card(
            String id,
            String node,
            Map<String, String> title,
            String type,
            DueCard.Side zh,
            DueCard.Side en,
            String code,
            String output,
            long... seconds) {
        Map<Rating, Long> intervals = Map.of(
                Rating.AGAIN, seconds[0], Rating.HARD, seconds[1], Rating.GOOD, seconds[2], Rating.EASY, seconds[3]);
        return new DueCard(id, "python-advanced", node, title, type, "new", zh, en, code, output, intervals);
    }
}
