package dev.skilltree.plan;

/**
 * Which ready topic goes first: in progress, then the longest remaining path, then roadmap order, then id. The
 * first two are packed into one {@code long} key per topic (smaller first) so that most comparisons read one number.
 */
final class Priority {

    private static final long NOT_IN_PROGRESS = 1L << 62;

    private final long[] key;
    private final int[] order;
    private final Topic[] topics;

    Priority(TopicGraph graph, LearnerState state) {
        this.topics = graph.topics;
        long[] longestPath = graph.longestRemainingPath(graph.topologicalOrder());
        this.key = new long[topics.length];
        this.order = new int[topics.length];
        for (int i = 0; i < topics.length; i++) {
            boolean inProgress = state.inProgress().contains(topics[i].id());
            key[i] = (inProgress ? 0 : NOT_IN_PROGRESS) + (NOT_IN_PROGRESS - 1 - longestPath[i]);
            order[i] = topics[i].order();
        }
    }

    long key(int topic) {
        return key[topic];
    }

    /** Whether {@code a} goes before {@code b}, given their keys. */
    boolean before(int a, long keyA, int b, long keyB) {
        if (keyA != keyB) {
            return keyA < keyB;
        }
        if (order[a] != order[b]) {
            return order[a] < order[b];
        }
        return topics[a].id().compareTo(topics[b].id()) < 0;
    }
}
