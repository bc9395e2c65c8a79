package dev.skilltree.review;

import dev.skilltree.progress.Status;

/**
 * How well a learner holds a topic, from 0 to 1: the weighted mean of the parts that apply to it. The status
 * always applies (todo 0, learning 0.5, done or skipped 1) with weight 2; a passed challenge (1, else 0) applies
 * when a challenge proves the topic, with weight 1; recall (the average retrievability now of the topic's reviewed
 * cards) applies once one of its cards was reviewed, with weight 1.
 *
 * @param proven whether a challenge on the topic was passed; null when no challenge proves it
 * @param recall null until one of the topic's cards was reviewed
 */
public record Mastery(Status status, Boolean proven, Double recall, double value) {

    static Mastery of(Status status, Boolean proven, Double recall) {
        double sum = 2
                * switch (status) {
                    case TODO -> 0.0;
                    case LEARNING -> 0.5;
                    case DONE, SKIPPED -> 1.0;
                };
        double weight = 2;
        if (proven != null) {
            sum += proven ? 1 : 0;
            weight += 1;
        }
        if (recall != null) {
            sum += recall;
            weight += 1;
        }
        return new Mastery(status, proven, recall, sum / weight);
    }
}
