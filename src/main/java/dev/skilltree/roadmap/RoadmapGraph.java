package dev.skilltree.roadmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.elk.graph.ElkNode;

/**
 * A roadmap laid out top-down by ELK layered, with some areas open. Each stage is a horizontal band (a group)
 * with its title first; in it, a closed area is one box, an open area is a frame around its own topics, and
 * other topics, projects and assessments are boxes. Subtopics fold into their nearest box. Inside an open area
 * edges run topic to topic; every other edge runs between the boxes and frames of the stages, once per pair,
 * with the number of prerequisite links it carries. Coordinates are absolute, origin top left.
 */
public final class RoadmapGraph {

    record Point(double x, double y) {}

    /** A box; {@code area} is the open area it sits in, {@code openable} says it is a closed area. */
    record Box(
            String id,
            NodeKind kind,
            String group,
            String area,
            boolean openable,
            double x,
            double y,
            double w,
            double h) {}

    record Group(String id, double x, double y, double w, double h, Point title) {}

    /** An open area: a frame around its topics, with its title at the top. */
    record Frame(String id, double x, double y, double w, double h) {}

    record Link(String from, String to, int count, boolean inner) {}

    /** An edge; {@code count} links between two boxes of stages run along it, written at {@code label}. */
    record Edge(String from, String to, List<Point> points, int count, Point label, boolean inner) {}

    /** What a box shows as its prerequisites and dependents, and the edges that lead to them. */
    record Ties(Set<String> before, Set<String> after, Set<Integer> edges) {

        Ties() {
            this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        }
    }

    private final Text title;
    private final double width;
    private final double height;
    private final List<Box> boxes;
    private final List<Group> groups;
    private final List<Frame> frames;
    private final List<Edge> edges;
    private final Map<String, Ties> ties;

    private RoadmapGraph(
            Text title,
            ElkNode root,
            List<Box> boxes,
            List<Group> groups,
            List<Frame> frames,
            List<Edge> edges,
            Map<String, Ties> ties) {
        this.title = title;
        this.width = root.getWidth();
        this.height = root.getHeight();
        this.boxes = List.copyOf(boxes);
        this.groups = List.copyOf(groups);
        this.frames = List.copyOf(frames);
        this.edges = List.copyOf(edges);
        this.ties = Map.copyOf(ties);
    }

    /** The roadmap with every area open. */
    public static RoadmapGraph layout(Roadmap roadmap) {
        FoldedRoadmap folded = FoldedRoadmap.of(roadmap);
        return layout(roadmap, folded, Set.copyOf(folded.areaOf().values()));
    }

    /** The roadmap with the given areas open and the others closed. */
    public static RoadmapGraph layout(Roadmap roadmap, Set<String> open) {
        return layout(roadmap, FoldedRoadmap.of(roadmap), open);
    }

    static RoadmapGraph layout(Roadmap roadmap, FoldedRoadmap folded, Set<String> open) {
        GraphLayout elk = new GraphLayout(folded, open);
        elk.run();
        List<Box> boxes = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        for (Node top : folded.tops()) {
            String group = elk.headers.containsKey(top.id()) ? top.id() : null;
            List<ElkNode> members = new ArrayList<>();
            for (Node node : folded.boxes().get(top.id())) {
                ElkNode shape = elk.shapes.get(node.id());
                if (shape == null) {
                    continue;
                }
                Point at = GraphLayout.absolute(shape);
                String area = folded.areaOf().get(node.id());
                if (area == null) {
                    members.add(shape);
                }
                if (!shape.getChildren().isEmpty()) {
                    frames.add(new Frame(node.id(), at.x(), at.y(), shape.getWidth(), shape.getHeight()));
                } else {
                    boolean openable = area == null && elk.isArea(node.id());
                    boxes.add(new Box(
                            node.id(),
                            node.kind(),
                            group,
                            area,
                            openable,
                            at.x(),
                            at.y(),
                            shape.getWidth(),
                            shape.getHeight()));
                }
            }
            if (group != null) {
                groups.add(group(group, elk.headers.get(group), members));
            }
        }
        List<Edge> edges = new ArrayList<>();
        elk.edges.forEach((edge, link) -> {
            List<Point> route = GraphLayout.route(edge);
            Point label = link.inner() ? null : GraphLayout.middle(route);
            edges.add(new Edge(link.from(), link.to(), route, link.count(), label, link.inner()));
        });
        return new RoadmapGraph(roadmap.title(), elk.root, boxes, groups, frames, edges, ties(folded, elk, edges));
    }

    /** For each drawn box, the boxes its links lead to and the edges that carry them. */
    private static Map<String, Ties> ties(FoldedRoadmap folded, GraphLayout elk, List<Edge> edges) {
        Map<List<String>, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            index.put(List.of(edges.get(i).from(), edges.get(i).to()), i);
        }
        Map<String, Ties> ties = new LinkedHashMap<>();
        for (FoldedRoadmap.Link link : folded.links()) {
            String from = elk.shown(link.from());
            String to = elk.shown(link.to());
            Integer edge = index.getOrDefault(
                    List.of(link.from(), link.to()), index.get(List.of(elk.unit(link.from()), elk.unit(link.to()))));
            if (from.equals(to)) {
                continue;
            }
            Ties pre = ties.computeIfAbsent(from, k -> new Ties());
            Ties post = ties.computeIfAbsent(to, k -> new Ties());
            pre.after().add(to);
            post.before().add(from);
            if (edge != null) {
                pre.edges().add(edge);
                post.edges().add(edge);
            }
        }
        return ties;
    }

    private static Group group(String id, ElkNode header, List<ElkNode> members) {
        Point at = GraphLayout.absolute(header);
        double x1 = at.x();
        double y1 = at.y();
        double x2 = at.x() + header.getWidth();
        double y2 = at.y() + header.getHeight();
        for (ElkNode member : members) {
            Point m = GraphLayout.absolute(member);
            x1 = Math.min(x1, m.x());
            y1 = Math.min(y1, m.y());
            x2 = Math.max(x2, m.x() + member.getWidth());
            y2 = Math.max(y2, m.y() + member.getHeight());
        }
        double p = 14;
        return new Group(
                id,
                x1 - p,
                y1 - p,
                x2 - x1 + 2 * p,
                y2 - y1 + 2 * p,
                new Point(at.x(), at.y() + header.getHeight() / 2));
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    List<Box> boxes() {
        return boxes;
    }

    List<Group> groups() {
        return groups;
    }

    List<Frame> frames() {
        return frames;
    }

    List<Edge> edges() {
        return edges;
    }

    Ties ties(String boxId) {
        return ties.getOrDefault(boxId, new Ties(Set.of(), Set.of(), Set.of()));
    }

    /**
     * The graph as an SVG element; {@code statusOf} gives each box's status class, {@code href} its link and
     * {@code titleOf} the text drawn for a box or group.
     */
    public String svg(
            String locale,
            Function<String, String> statusOf,
            Function<String, String> href,
            Function<String, String> titleOf) {
        return svg(locale, statusOf, href, titleOf, id -> null);
    }

    /** The graph with a badge in the corner of the boxes {@code badgeOf} gives one (null for none). */
    public String svg(
            String locale,
            Function<String, String> statusOf,
            Function<String, String> href,
            Function<String, String> titleOf,
            Function<String, Badge> badgeOf) {
        return svg(locale, new Marks(statusOf, href, titleOf, badgeOf, id -> "", id -> false, null));
    }

    public String svg(String locale, Marks marks) {
        return new GraphSvg(this, marks).render(title.in(locale));
    }

    /** A few characters drawn in a box's corner, such as a count; {@code description} is added to its tooltip. */
    public record Badge(String text, String description, boolean complete) {}

    /**
     * What the page lays over the drawing: each box's status class, link, title and badge; the line under a
     * closed area's title; the boxes a search matched; and the box the first view centres on (null for none).
     */
    public record Marks(
            Function<String, String> statusOf,
            Function<String, String> href,
            Function<String, String> titleOf,
            Function<String, Badge> badgeOf,
            Function<String, String> noteOf,
            Predicate<String> matches,
            String focus) {}
}
