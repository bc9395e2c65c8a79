package dev.skilltree.plan;

import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The topics of a roadmap to plan: its leaves (the nodes without children; never a whole area), with
 * every prerequisite they need. With tracks, the leaves shared by every direction and those of the chosen tracks (a
 * learner of one direction does not study the others); with goals, the leaves under the goal topics; with neither,
 * every leaf. A node's prerequisites are its own and its ancestors'; one that is an area means all its leaves. A
 * practice project (a node of kind project with parts) becomes a milestone after its planned parts.
 *
 * @param pulledIn topics outside the chosen tracks or goals that the chosen ones need, so the plan can say so
 */
public record RoadmapTopics(List<Topic> topics, Set<String> pulledIn) {

    /** Every leaf of the roadmap when {@code tracks} and {@code goals} are both empty. */
    public static RoadmapTopics of(Roadmap roadmap, Set<String> tracks, Set<String> goals) {
        Map<String, List<Node>> children = roadmap.children();
        for (String track : tracks) {
            if (roadmap.tracks().stream().noneMatch(t -> t.id().equals(track))) {
                throw InvalidPlan.field("tracks", "no track '" + track + "' in roadmap " + roadmap.id());
            }
        }
        for (String goal : goals) {
            if (roadmap.node(goal).isEmpty()) {
                throw InvalidPlan.field("goals", "no topic '" + goal + "' in roadmap " + roadmap.id());
            }
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (Node node : roadmap.topics()) {
            if (goals.isEmpty() ? inTracks(roadmap, node, tracks) : underAny(roadmap, node, goals)) {
                chosen.add(node.id());
            }
        }
        if (chosen.isEmpty()) {
            throw InvalidPlan.field(goals.isEmpty() ? "tracks" : "goals", "have no topics to plan");
        }
        Predicate<Node> selected = node -> !goals.isEmpty() || inTracks(roadmap, node, tracks);
        Map<String, List<String>> needsOf = new HashMap<>();
        Set<String> all = new LinkedHashSet<>(chosen);
        Deque<String> todo = new ArrayDeque<>(chosen);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            List<String> needs = needs(roadmap, children, roadmap.node(id).orElseThrow(), selected);
            needsOf.put(id, needs);
            for (String need : needs) {
                if (all.add(need)) {
                    todo.push(need);
                }
            }
        }
        List<Topic> topics = new ArrayList<>();
        List<Node> nodes = roadmap.nodes();
        for (int order = 0; order < nodes.size(); order++) {
            Node node = nodes.get(order);
            if (all.contains(node.id())) {
                topics.add(new Topic(
                        node.id(),
                        order,
                        node.estimate() == null
                                ? null
                                : new HoursRange(
                                        node.estimate().minHours(),
                                        node.estimate().maxHours()),
                        needsOf.get(node.id()),
                        false));
            } else if (node.kind() == NodeKind.PROJECT && children.containsKey(node.id())) {
                Set<String> parts = new LinkedHashSet<>();
                leavesOf(children, node, parts);
                parts.retainAll(all);
                if (!parts.isEmpty()) {
                    topics.add(new Topic(node.id(), order, null, List.copyOf(parts), true));
                }
            }
        }
        Set<String> pulledIn = new LinkedHashSet<>(all);
        pulledIn.removeAll(chosen);
        return new RoadmapTopics(topics, pulledIn);
    }

    /**
     * The leaves a node needs: its own and its ancestors' prerequisites. A prerequisite that is an area or stage
     * means its leaves in the learner's selection ("stage 5 needs stage 4" is the learner's direction of stage 4).
     */
    private static List<String> needs(
            Roadmap roadmap, Map<String, List<Node>> children, Node node, Predicate<Node> selected) {
        Set<String> needs = new LinkedHashSet<>();
        for (Node n : lineage(roadmap, node)) {
            for (String need : n.prerequisites()) {
                if (children.containsKey(need)) {
                    Set<String> leaves = new LinkedHashSet<>();
                    leavesOf(children, roadmap.node(need).orElseThrow(), leaves);
                    leaves.stream()
                            .filter(id -> selected.test(roadmap.node(id).orElseThrow()))
                            .forEach(needs::add);
                } else {
                    needs.add(need);
                }
            }
        }
        needs.remove(node.id());
        return List.copyOf(needs);
    }

    private static void leavesOf(Map<String, List<Node>> children, Node node, Set<String> into) {
        List<Node> kids = children.get(node.id());
        if (kids == null) {
            into.add(node.id());
        } else {
            kids.forEach(kid -> leavesOf(children, kid, into));
        }
    }

    private static boolean inTracks(Roadmap roadmap, Node node, Set<String> tracks) {
        Set<String> seen = new HashSet<>();
        lineage(roadmap, node).forEach(n -> seen.addAll(n.tracks()));
        return tracks.isEmpty() || seen.isEmpty() || seen.stream().anyMatch(tracks::contains);
    }

    private static boolean underAny(Roadmap roadmap, Node node, Set<String> goals) {
        return lineage(roadmap, node).stream().anyMatch(n -> goals.contains(n.id()));
    }

    /** The node, then its parent, and so on up to the top. */
    private static List<Node> lineage(Roadmap roadmap, Node node) {
        List<Node> lineage = new ArrayList<>();
        for (Node n = node;
                n != null;
                n = n.parentId() == null ? null : roadmap.node(n.parentId()).orElseThrow()) {
            lineage.add(n);
        }
        return lineage;
    }
}
