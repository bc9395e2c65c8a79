package dev.skilltree.progress;

/** A node's graded challenges and how many of them the learner has passed. */
public record ChallengeCount(int total, int passed) {

    ChallengeCount plus(ChallengeCount other) {
        return new ChallengeCount(total + other.total, passed + other.passed);
    }
}
