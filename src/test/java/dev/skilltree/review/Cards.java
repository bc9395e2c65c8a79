package dev.skilltree.review;

/** Review cards for tests, of each type, as a deck file gives them; fields a type leaves empty stay null. */
final class Cards {

    /** The deck file the cards come from. */
    static final String FILE = "10-cards.md";

    private Cards() {}

    static Card concept(String id, String node, Card.Side zh, Card.Side en) {
        return new Card(id, node, Card.Type.CONCEPT, zh, en, null, null, FILE);
    }

    /** A concept card whose texts no test reads: 问, 答, 因 and Q, A, W. */
    static Card concept(String id, String node) {
        return concept(id, node, side("问", "答", "因"), side("Q", "A", "W"));
    }

    static Card code(String id, String node, Card.Side zh, Card.Side en, String code, String output) {
        return new Card(id, node, Card.Type.CODE, zh, en, code, output, FILE);
    }

    static Card cloze(String id, String node, Card.Side zh, Card.Side en) {
        return new Card(id, node, Card.Type.CLOZE, zh, en, null, null, FILE);
    }

    /** A concept or code card's side in one language: its question, answer (none for code) and why. */
    static Card.Side side(String question, String answer, String why) {
        return new Card.Side(question, answer, why, null);
    }

    /** A cloze card's side in one language: why, and the text with its {@code {{…}}} deletions. */
    static Card.Side clozeSide(String why, String text) {
        return new Card.Side(null, null, why, text);
    }

    /** The card as the database gives it back: without the deck file it came from. */
    static Card stored(Card card) {
        return new Card(card.id(), card.node(), card.type(), card.zh(), card.en(), card.code(), card.output(), null);
    }
}
