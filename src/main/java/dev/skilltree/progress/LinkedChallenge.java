package dev.skilltree.progress;

import dev.skilltree.grading.Challenge;

/** A challenge linked to a roadmap node, with the learner's first pass of it (null when not passed). */
public record LinkedChallenge(Challenge challenge, Evidence passed) {}
