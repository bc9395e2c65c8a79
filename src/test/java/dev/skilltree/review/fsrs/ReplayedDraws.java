package dev.skilltree.review.fsrs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.random.RandomGenerator;

/** A random source that hands out doubles recorded elsewhere, and fails if asked for anything else. */
final class ReplayedDraws implements RandomGenerator {

    private final Deque<Double> draws = new ArrayDeque<>();

    void add(double... values) {
        for (double value : values) {
            draws.add(value);
        }
    }

    int remaining() {
        return draws.size();
    }

    @Override
    public double nextDouble() {
        Double next = draws.poll();
        if (next == null) {
            throw new IllegalStateException("the scheduler drew more random numbers than the reference did");
        }
        return next;
    }

    @Override
    public long nextLong() {
        throw new UnsupportedOperationException("only nextDouble() is replayed");
    }
}
