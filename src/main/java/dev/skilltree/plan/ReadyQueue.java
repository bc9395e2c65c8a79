package dev.skilltree.plan;

import java.util.Arrays;

/** A binary heap of topic indices, the one that goes first on top; keys sit next to the topics for fast compares. */
final class ReadyQueue {

    private final Priority priority;
    private int[] topics;
    private long[] keys;
    private int size;

    ReadyQueue(Priority priority, int capacity) {
        this.priority = priority;
        this.topics = new int[Math.max(1, capacity)];
        this.keys = new long[topics.length];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(int topic) {
        if (size == topics.length) {
            topics = Arrays.copyOf(topics, 2 * size);
            keys = Arrays.copyOf(keys, 2 * size);
        }
        long key = priority.key(topic);
        int i = size++;
        while (i > 0 && priority.before(topic, key, topics[(i - 1) / 2], keys[(i - 1) / 2])) {
            move((i - 1) / 2, i);
            i = (i - 1) / 2;
        }
        topics[i] = topic;
        keys[i] = key;
    }

    int remove() {
        int top = topics[0];
        int last = topics[--size];
        long lastKey = keys[size];
        int i = 0;
        for (int child = 1; child < size; child = 2 * i + 1) {
            if (child + 1 < size && priority.before(topics[child + 1], keys[child + 1], topics[child], keys[child])) {
                child++;
            }
            if (!priority.before(topics[child], keys[child], last, lastKey)) {
                break;
            }
            move(child, i);
            i = child;
        }
        topics[i] = last;
        keys[i] = lastKey;
        return top;
    }

    private void move(int from, int to) {
        topics[to] = topics[from];
        keys[to] = keys[from];
    }
}
