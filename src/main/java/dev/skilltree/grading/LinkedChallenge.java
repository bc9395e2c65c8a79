package dev.skilltree.grading;

/** A challenge linked to a roadmap node, with the learner's first pass of it (null when not passed). */
public record LinkedChallenge(Challenge challenge, Evidence passed) {}
