package dev.skilltree.progress;

import dev.skilltree.roadmap.Node;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a status change did, sent with the event {@code statusChanged} so that every part of the page showing a status
 * can follow it without a reload: the status the learner set on the node, and the status now shown for the node, its
 * ancestors and everything below it (marking a group done covers its topics).
 */
record ChangedStatuses(String node, String own, Map<String, String> shown) {

    static ChangedStatuses of(RoadmapProgress progress, Node node) {
        Map<String, String> shown = new TreeMap<>();
        progress.lineage(node)
                .forEach(n -> shown.put(n.id(), progress.status(n.id()).code()));
        Map<String, List<Node>> children = progress.roadmap().children();
        Deque<Node> below = new ArrayDeque<>(children.getOrDefault(node.id(), List.of()));
        while (!below.isEmpty()) {
            Node next = below.pop();
            shown.put(next.id(), progress.status(next.id()).code());
            below.addAll(children.getOrDefault(next.id(), List.of()));
        }
        return new ChangedStatuses(node.id(), progress.own(node.id()).code(), shown);
    }
}
