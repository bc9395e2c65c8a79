package dev.skilltree.review;

import java.util.Optional;

/** The longest id and texts a stored card can have (the columns of review_card). */
final class DeckLimits {

    static final int ID = 64;
    static final int TEXT = 2000;
    static final int CODE = 8000;

    private DeckLimits() {}

    /** What in the card is too long to store, if anything. */
    static Optional<String> check(Card card) {
        if (card.id().length() > ID) {
            return Optional.of("the card id is longer than " + ID + " characters");
        }
        if (card.node().length() > ID) {
            return Optional.of("the node id is longer than " + ID + " characters");
        }
        for (Card.Side side : new Card.Side[] {card.zh(), card.en()}) {
            for (String text : new String[] {side.question(), side.answer(), side.why(), side.text()}) {
                if (text != null && text.length() > TEXT) {
                    return Optional.of("a line of card '" + card.id() + "' is longer than " + TEXT + " characters");
                }
            }
        }
        if ((card.code() != null && card.code().length() > CODE)
                || (card.output() != null && card.output().length() > CODE)) {
            return Optional.of("the code or output of card '" + card.id() + "' is longer than " + CODE + " characters");
        }
        return Optional.empty();
    }
}
