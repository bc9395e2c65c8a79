package dev.skilltree.review;

/** A card the learner's deck does not hold, or a node the roadmap does not have. */
public class CardNotInDeck extends RuntimeException {

    private CardNotInDeck(String message) {
        super(message);
    }

    static CardNotInDeck forCard(String cardId) {
        return new CardNotInDeck("Your deck has no card '" + cardId + "'. A topic's cards enter it when you start"
                + " learning the topic, or when you add them from its page.");
    }

    static CardNotInDeck noNode(String roadmapId, String nodeId) {
        return new CardNotInDeck("Roadmap '" + roadmapId + "' has no topic with id '" + nodeId + "'.");
    }
}
