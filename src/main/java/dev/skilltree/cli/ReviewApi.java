package dev.skilltree.cli;

import dev.skilltree.review.fsrs.Rating;
import java.util.List;

/** What a review session asks of the server: the cards due now, a rating for one, and taking the last one back. */
interface ReviewApi {

    /** Up to {@code limit} cards due now; {@code total} counts all of them. */
    Due due(int limit);

    void rate(String card, Rating rating);

    /**
     * Takes back the learner's last rating, which must be of {@code card}: a {@link UserError} when there is none,
     * or when the last rating is of another card (rated elsewhere since), which is then left alone.
     */
    Undone undo(String card);

    record Due(int total, List<DueCard> cards) {}

    record Undone(String card, Rating rating) {}
}
