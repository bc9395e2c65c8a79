package dev.skilltree.review;

import dev.skilltree.progress.Status;
import dev.skilltree.progress.TopicStatusChanged;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A topic's cards enter the learner's deck when they start learning it or mark it done. The listener itself is not
 * transactional, so that a lost race (see {@link Retries}) is retried in a transaction of its own; the event
 * publication registry still records the event until this returns.
 */
@Component
class TopicCards {

    private final ReviewService reviews;

    TopicCards(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Async
    @TransactionalEventListener
    void on(TopicStatusChanged changed) {
        if (changed.to() == Status.LEARNING || changed.to() == Status.DONE) {
            Retries.onDuplicateKey(() -> reviews.addNode(changed.learnerId(), changed.roadmapId(), changed.nodeId()));
        }
    }
}
