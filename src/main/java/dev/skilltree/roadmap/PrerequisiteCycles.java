package dev.skilltree.roadmap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds a cycle in prerequisite edges, iteratively so that deep graphs cannot overflow the stack. */
final class PrerequisiteCycles {

    private PrerequisiteCycles() {}

    /** A cycle as a path that starts and ends with the same id, e.g. {@code [a, b, a]}; empty if none. */
    static Optional<List<String>> find(List<Node> nodes) {
        Map<String, List<String>> edges = new HashMap<>();
        nodes.forEach(n -> edges.put(n.id(), n.prerequisites()));
        return find(edges);
    }

    static Optional<List<String>> find(Map<String, List<String>> edges) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String start : edges.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Iterator<String>> pending = new ArrayDeque<>();
            path.push(start);
            pending.push(edges.getOrDefault(start, List.of()).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                Iterator<String> next = pending.peek();
                if (!next.hasNext()) {
                    state.put(path.pop(), 2);
                    pending.pop();
                    continue;
                }
                String target = next.next();
                Integer seen = state.get(target);
                if (seen == null && edges.containsKey(target)) {
                    state.put(target, 1);
                    path.push(target);
                    pending.push(edges.get(target).iterator());
                } else if (seen != null && seen == 1) {
                    return Optional.of(cycleEndingAt(path, target));
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> cycleEndingAt(Deque<String> path, String target) {
        List<String> cycle = new ArrayList<>();
        Iterator<String> fromBottom = path.descendingIterator();
        boolean inCycle = false;
        while (fromBottom.hasNext()) {
            String id = fromBottom.next();
            inCycle |= id.equals(target);
            if (inCycle) {
                cycle.add(id);
            }
        }
        cycle.add(target);
        return cycle;
    }
}
