package dev.skilltree.cli;

import dev.skilltree.review.fsrs.Rating;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One review session: each due card's front, its back on Space or Enter, then a rating from 1-4 (or a/h/g/e); z takes
 * the last rating back, q quits. When the batch runs out it asks for more, until the server has none due now.
 */
final class TerminalReview {

    private static final int BATCH = 50;

    private record Rated(DueCard card, Rating rating) {}

    private final ReviewApi api;
    private final Keys keys;
    private final PrintWriter out;
    private final CardPrinter printer;
    private final InstantSource clock;
    private final Deque<DueCard> queue = new ArrayDeque<>();
    private final Deque<Rated> rated = new ArrayDeque<>();
    private final Map<Rating, Integer> counts = new EnumMap<>(Rating.class);

    TerminalReview(ReviewApi api, Reader keys, PrintWriter out, String lang, InstantSource clock) {
        this.api = api;
        this.keys = new Keys(keys);
        this.out = out;
        this.printer = new CardPrinter(out, lang);
        this.clock = clock;
    }

    void run() throws IOException {
        Instant start = clock.instant();
        boolean quit = false;
        while (!quit && fill()) {
            quit = !show(queue.getFirst());
        }
        if (!quit) {
            out.println(rated.isEmpty() ? "No cards are due now." : "No more cards are due now.");
        }
        int reviewed = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(
                "Reviewed %s in %s: %s.%n",
                cards(reviewed),
                took(Duration.between(start, clock.instant())),
                Stream.of(Rating.values())
                        .map(r -> r.name().toLowerCase(Locale.ROOT) + " " + counts.getOrDefault(r, 0))
                        .collect(Collectors.joining(", ")));
        out.flush();
    }

    private boolean fill() {
        if (queue.isEmpty()) {
            ReviewApi.Due due = api.due(BATCH);
            queue.addAll(due.cards());
            if (!queue.isEmpty()) {
                out.println(cards(due.total()) + " due now.");
            }
        }
        return !queue.isEmpty();
    }

    /** Shows the card and acts on keys until it is rated or a rating is undone; false when the learner quits. */
    private boolean show(DueCard card) throws IOException {
        printer.front(card);
        boolean answered = false;
        while (true) {
            out.flush();
            int key = keys.next();
            Rating rating = rating(key);
            if (key == 'q') {
                return false;
            } else if (key == 'z' && undo()) {
                return true;
            } else if (key == ' ' && !answered) {
                printer.back(card);
                answered = true;
            } else if (answered && rating != null) {
                api.rate(card.id(), rating);
                queue.removeFirst();
                rated.push(new Rated(card, rating));
                counts.merge(rating, 1, Integer::sum);
                return true;
            }
        }
    }

    /** Takes the session's last rating back and puts its card in front; false when there is none to take back. */
    private boolean undo() {
        if (rated.isEmpty()) {
            out.println("Nothing to undo in this session.");
            return false;
        }
        ReviewApi.Undone undone;
        try {
            undone = api.undo(rated.peek().card().id());
        } catch (UserError e) {
            out.println(e.getMessage());
            return false;
        }
        String what = undone.rating().code() + " on " + undone.card();
        Rated last = rated.pop();
        counts.merge(last.rating(), -1, Integer::sum);
        // a card rated again may have come back with the next batch already
        queue.removeIf(card -> card.id().equals(last.card().id()));
        queue.addFirst(last.card());
        out.println("Undid " + what + ".");
        return true;
    }

    private static Rating rating(int key) {
        return switch (key) {
            case '1', 'a' -> Rating.AGAIN;
            case '2', 'h' -> Rating.HARD;
            case '3', 'g' -> Rating.GOOD;
            case '4', 'e' -> Rating.EASY;
            default -> null;
        };
    }

    private static String cards(int count) {
        return count + (count == 1 ? " card" : " cards");
    }

    private static String took(Duration duration) {
        long s = duration.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        return s < 3600
                ? String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60)
                : String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
    }
}
