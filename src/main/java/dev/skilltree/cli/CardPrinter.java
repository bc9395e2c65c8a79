package dev.skilltree.cli;

import dev.skilltree.review.Card;
import dev.skilltree.review.fsrs.Intervals;
import dev.skilltree.review.fsrs.Rating;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/** How a card reads in the terminal: its front, its back, and the four ratings with the interval each gives. */
final class CardPrinter {

    private final PrintWriter out;
    private final String lang;

    CardPrinter(PrintWriter out, String lang) {
        this.out = out;
        this.lang = lang;
    }

    void front(DueCard card) {
        out.println();
        out.printf("%s › %s · %s · %s%n%n", card.roadmap(), card.title(lang), card.type(), card.state());
        switch (card.type()) {
            case "cloze" -> out.println(cloze(card).replaceAll("[...]"));
            case "code" -> {
                out.println(card.in(lang, DueCard.Side::question));
                indented(card.code());
            }
            default -> out.println(card.in(lang, DueCard.Side::question));
        }
        out.println();
        out.println("  space: show answer   z: undo   q: quit");
    }

    void back(DueCard card) {
        out.println("  ──────────");
        switch (card.type()) {
            case "cloze" -> out.println(cloze(card).replaceAll("[$1]"));
            case "code" -> {
                out.println("Output:");
                indented(card.output());
            }
            default -> out.println(card.in(lang, DueCard.Side::answer));
        }
        String why = card.in(lang, DueCard.Side::why);
        if (why != null) {
            out.println("Why: " + why);
        }
        out.println();
        out.println("  "
                + Arrays.stream(Rating.values())
                        .map(rating -> choice(rating, card.intervals().get(rating)))
                        .collect(Collectors.joining("   ")));
    }

    private static String choice(Rating rating, Long seconds) {
        String name = rating.grade() + " " + rating.name().toLowerCase(Locale.ROOT);
        return seconds == null ? name : name + " " + Intervals.label(seconds);
    }

    private Matcher cloze(DueCard card) {
        String text = card.in(lang, DueCard.Side::text);
        return Card.DELETION.matcher(text == null ? "" : text);
    }

    private void indented(String block) {
        if (block != null) {
            block.lines().forEach(line -> out.println("    " + line));
        }
    }
}
