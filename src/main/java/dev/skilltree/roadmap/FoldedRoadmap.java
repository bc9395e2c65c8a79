package dev.skilltree.roadmap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a roadmap graph shows. Top-level nodes that are stages or have children are groups; areas, topics,
 * projects and assessments below them are boxes, and so is any node at depth 2 or 3 with no such ancestor;
 * every other node folds into its nearest box. Links are prerequisites lifted to boxes, prerequisite →
 * dependent, without self-loops, duplicates and links that a longer path already implies. A box directly in a
 * group that holds other boxes is an area: {@code areaOf} gives each box inside an area that area, and
 * {@code shownAs} gives each node the box it folds into.
 */
record FoldedRoadmap(
        List<Node> tops,
        Set<String> groups,
        Map<String, List<Node>> boxes,
        List<Link> links,
        Map<String, String> shownAs,
        Map<String, String> areaOf) {

    record Link(String from, String to) {}

    private static final Set<NodeKind> BOX_KINDS =
            EnumSet.of(NodeKind.AREA, NodeKind.TOPIC, NodeKind.PROJECT, NodeKind.ASSESSMENT);

    static FoldedRoadmap of(Roadmap roadmap) {
        Map<String, List<Node>> children = roadmap.children();
        List<Node> tops = children.getOrDefault(null, List.of());
        Set<String> groups = new HashSet<>();
        Map<String, List<Node>> boxes = new LinkedHashMap<>();
        Map<String, String> shownAs = new HashMap<>();
        Map<String, String> areaOf = new HashMap<>();
        for (Node top : tops) {
            List<Node> inside = new ArrayList<>();
            if (top.kind() == NodeKind.STAGE || children.containsKey(top.id())) {
                groups.add(top.id());
                collect(top.id(), 2, false, null, null, children, inside, shownAs, areaOf);
            } else {
                inside.add(top);
                shownAs.put(top.id(), top.id());
            }
            boxes.put(top.id(), inside);
        }
        return new FoldedRoadmap(tops, groups, boxes, links(roadmap, shownAs), Map.copyOf(shownAs), Map.copyOf(areaOf));
    }

    private static void collect(
            String parentId,
            int depth,
            boolean underBoxKind,
            String shownParent,
            String area,
            Map<String, List<Node>> children,
            List<Node> boxes,
            Map<String, String> shownAs,
            Map<String, String> areaOf) {
        for (Node node : children.getOrDefault(parentId, List.of())) {
            boolean box = BOX_KINDS.contains(node.kind()) || (depth <= 3 && !underBoxKind);
            String shown = box ? node.id() : shownParent;
            if (box) {
                boxes.add(node);
                if (area != null) {
                    areaOf.put(node.id(), area);
                }
            }
            shownAs.put(node.id(), shown);
            boolean below = underBoxKind || BOX_KINDS.contains(node.kind());
            String inArea = area != null ? area : box ? node.id() : null;
            collect(node.id(), depth + 1, below, shown, inArea, children, boxes, shownAs, areaOf);
        }
    }

    private static List<Link> links(Roadmap roadmap, Map<String, String> shownAs) {
        Set<Link> links = new LinkedHashSet<>();
        for (Node node : roadmap.nodes()) {
            String to = shownAs.get(node.id());
            for (String prerequisite : node.prerequisites()) {
                String from = shownAs.get(prerequisite);
                if (from != null && to != null && !from.equals(to)) {
                    links.add(new Link(from, to));
                }
            }
        }
        Map<String, Set<String>> next = new HashMap<>();
        links.forEach(l -> next.computeIfAbsent(l.from(), k -> new HashSet<>()).add(l.to()));
        for (Link link : links) {
            next.get(link.from()).remove(link.to());
            if (!reaches(next, link.from(), link.to())) {
                next.get(link.from()).add(link.to());
            }
        }
        return links.stream().filter(l -> next.get(l.from()).contains(l.to())).toList();
    }

    private static boolean reaches(Map<String, Set<String>> next, String from, String to) {
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>(todo);
        while (!todo.isEmpty()) {
            for (String n : next.getOrDefault(todo.pop(), Set.of())) {
                if (n.equals(to)) {
                    return true;
                }
                if (seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        return false;
    }
}
