package dev.skilltree.review;

import dev.skilltree.review.fsrs.Intervals;
import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.web.Formats;
import dev.skilltree.web.Xml;
import java.util.List;
import java.util.regex.Matcher;

/** The review session's current card, as HTML in the reader's language, with what each rating would do. */
public record ReviewView(ReviewService.Queued current, Roadmap roadmap, int due, Tally tally, String lastRated) {

    public boolean finished() {
        return current == null;
    }

    public Card card() {
        return current.card().card();
    }

    /** The card's due time as the learner saw it, sent back with the rating. */
    public String dueText() {
        return current.card().schedule().due().toString();
    }

    /** Whether the session's last rating can be undone here (after an undo, the one before is not offered). */
    public boolean canUndo() {
        return lastRated != null;
    }

    public String state() {
        return current.card().stateName();
    }

    public String nodeUrl() {
        return "/roadmaps/" + roadmap.id() + "/nodes/" + card().node();
    }

    public String nodeTitleHtml(String lang) {
        return roadmap.node(card().node())
                .map(n -> Formats.titleHtml(n.title().in(lang)))
                .orElse(Xml.escape(card().node()));
    }

    public String questionHtml(String lang) {
        Card.Side side = side(lang);
        return switch (card().type()) {
            case CONCEPT, CODE -> inline(side.question());
            case CLOZE -> cloze(side.text(), false);
        };
    }

    public String answerHtml(String lang) {
        Card.Side side = side(lang);
        return switch (card().type()) {
            case CONCEPT -> inline(side.answer());
            case CODE -> "<pre class=\"output\">" + Xml.escape(card().output()) + "</pre>";
            case CLOZE -> cloze(side.text(), true);
        };
    }

    public String whyHtml(String lang) {
        return inline(side(lang).why());
    }

    public List<Rating> ratings() {
        return List.of(Rating.values());
    }

    public String interval(Rating rating) {
        return Intervals.label(current.intervals().get(rating).toSeconds());
    }

    public String tallyText() {
        return tally.toString();
    }

    /** How many cards this session rated, all told and with {@code rating}. */
    public int reviewed() {
        return tally.total();
    }

    public int reviewed(Rating rating) {
        return tally.of(rating);
    }

    private Card.Side side(String lang) {
        Card.Side side = "zh".equals(lang) ? card().zh() : card().en();
        Card.Side other = "zh".equals(lang) ? card().en() : card().zh();
        return side.why() == null ? other : side;
    }

    /** A card line: escaped, with its inline code in backticks shown as code. */
    static String inline(String text) {
        return text == null ? "" : Formats.titleHtml(text);
    }

    private static String cloze(String text, boolean revealed) {
        Matcher m = Card.DELETION.matcher(text == null ? "" : text);
        StringBuilder html = new StringBuilder();
        int last = 0;
        while (m.find()) {
            html.append(inline(text.substring(last, m.start())));
            html.append(
                    revealed
                            ? "<mark class=\"cloze\">" + inline(m.group(1)) + "</mark>"
                            : "<span class=\"cloze\">[…]</span>");
            last = m.end();
        }
        return html.append(inline(text.substring(last))).toString();
    }
}
