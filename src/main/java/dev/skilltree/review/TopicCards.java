package dev.skilltree.review;

import dev.skilltree.progress.Status;
import dev.skilltree.progress.TopicStatusChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A topic's cards enter the learner's deck when they start learning it or mark it done. */
@Component
class TopicCards {

    private final ReviewRepository reviews;

    TopicCards(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @ApplicationModuleListener
    void on(TopicStatusChanged changed) {
        if (changed.to() == Status.LEARNING || changed.to() == Status.DONE) {
            reviews.addNode(changed.learnerId(), changed.roadmapId(), changed.nodeId(), changed.at());
        }
    }
}
