package dev.skilltree.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The topics left to schedule, indexed 0..n-1, with their dependents in compressed rows. */
final class TopicGraph {

    private static final int FINISHED = -1;

    final Topic[] topics;
    final long[] minutes;
    final boolean[] milestone;
    final int[] indegree;
    private final int[] firstDependent;
    private final int[] dependents;

    private TopicGraph(
            Topic[] topics,
            long[] minutes,
            boolean[] milestone,
            int[] indegree,
            int[] firstDependent,
            int[] dependents) {
        this.topics = topics;
        this.minutes = minutes;
        this.milestone = milestone;
        this.indegree = indegree;
        this.firstDependent = firstDependent;
        this.dependents = dependents;
    }

    static TopicGraph of(PlanRequest request) {
        LearnerState state = request.state();
        Map<String, Integer> index = new HashMap<>(2 * request.topics().size());
        List<Topic> open = new ArrayList<>();
        int edgeBound = 0;
        for (Topic topic : request.topics()) {
            boolean finished = state.finished(topic.id());
            if (index.putIfAbsent(topic.id(), finished ? FINISHED : open.size()) != null) {
                throw InvalidPlan.field("topics", "topic id '" + topic.id() + "' appears twice");
            }
            if (!finished) {
                open.add(topic);
                edgeBound += topic.prerequisites().size();
            }
        }
        int n = open.size();
        Topic[] topics = open.toArray(Topic[]::new);
        long[] minutes = new long[n];
        boolean[] milestone = new boolean[n];
        int[] indegree = new int[n];
        int[] from = new int[edgeBound];
        int[] to = new int[edgeBound];
        int[] firstDependent = new int[n + 1];
        int edges = 0;
        for (int i = 0; i < n; i++) {
            minutes[i] = topics[i].minutes(request.pace());
            milestone[i] = topics[i].milestone();
            for (String prerequisite : topics[i].prerequisites()) {
                Integer p = index.get(prerequisite);
                if (p != null && p != FINISHED) {
                    from[edges] = p;
                    to[edges++] = i;
                    indegree[i]++;
                    firstDependent[p + 1]++;
                } else if (p == null && !state.finished(prerequisite)) {
                    throw InvalidPlan.missingPrerequisite(topics[i].id(), prerequisite);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            firstDependent[i + 1] += firstDependent[i];
        }
        int[] dependents = new int[edges];
        int[] fill = firstDependent.clone();
        for (int e = 0; e < edges; e++) {
            dependents[fill[from[e]]++] = to[e];
        }
        return new TopicGraph(topics, minutes, milestone, indegree, firstDependent, dependents);
    }

    int size() {
        return topics.length;
    }

    int dependentsFrom(int topic) {
        return firstDependent[topic];
    }

    int dependentsTo(int topic) {
        return firstDependent[topic + 1];
    }

    int dependent(int k) {
        return dependents[k];
    }

    /** Kahn's algorithm; rejects a cycle, naming a topic on or behind it. */
    int[] topologicalOrder() {
        int n = size();
        int[] waiting = indegree.clone();
        int[] order = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                order[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int v = order[head];
            for (int k = dependentsFrom(v); k < dependentsTo(v); k++) {
                if (--waiting[dependent(k)] == 0) {
                    order[tail++] = dependent(k);
                }
            }
        }
        if (tail < n) {
            for (int i = 0; i < n; i++) {
                if (waiting[i] > 0) {
                    throw InvalidPlan.cycle(topics[i].id());
                }
            }
        }
        return order;
    }

    /** For each topic, the minutes along the longest chain of dependents starting with (and including) it. */
    long[] longestRemainingPath(int[] topologicalOrder) {
        long[] longest = new long[size()];
        for (int k = topologicalOrder.length - 1; k >= 0; k--) {
            int v = topologicalOrder[k];
            long best = 0;
            for (int d = dependentsFrom(v); d < dependentsTo(v); d++) {
                best = Math.max(best, longest[dependent(d)]);
            }
            longest[v] = minutes[v] + best;
        }
        return longest;
    }
}
