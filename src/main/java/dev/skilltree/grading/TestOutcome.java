package dev.skilltree.grading;

/** One hidden test as the learner sees it: status is pass, fail, error or skip. */
public record TestOutcome(String name, String status, String message, String output, double durationMs) {}
