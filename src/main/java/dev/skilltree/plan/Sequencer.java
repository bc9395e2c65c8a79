package dev.skilltree.plan;

/**
 * The order one learner works through the topics. A single learner does one topic at a time and finishes it
 * before the next, so the order does not depend on the calendar: whenever a topic finishes, the next one is the
 * ready topic (all prerequisites finished) that goes first by {@link Priority}. A milestone takes no time and
 * follows as soon as its last prerequisite is finished.
 */
final class Sequencer {

    private Sequencer() {}

    static int[] sequence(TopicGraph graph, LearnerState state) {
        int n = graph.size();
        Priority priority = new Priority(graph, state);
        ReadyQueue ready = new ReadyQueue(priority, n);
        ReadyQueue milestones = new ReadyQueue(priority, 16);
        int[] waiting = graph.indegree.clone();
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) {
                (graph.milestone[i] ? milestones : ready).add(i);
            }
        }
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            int v = milestones.isEmpty() ? ready.remove() : milestones.remove();
            order[k] = v;
            for (int d = graph.dependentsFrom(v); d < graph.dependentsTo(v); d++) {
                int w = graph.dependent(d);
                if (--waiting[w] == 0) {
                    (graph.milestone[w] ? milestones : ready).add(w);
                }
            }
        }
        return order;
    }
}
