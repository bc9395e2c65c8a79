package dev.skilltree.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A roadmap laid out top-down by ELK layered. Areas, topics, projects and assessments are boxes, subtopics
 * fold into their nearest box, and each stage is a horizontal band (a group) holding its boxes in its own
 * range of layers, with the stage's title in the band's first layer. Edges run prerequisite → dependent,
 * without shortcuts that another path already implies. Coordinates are absolute, origin top left.
 */
public final class RoadmapGraph {

    record Point(double x, double y) {}

    record Box(String id, NodeKind kind, String group, double x, double y, double w, double h) {}

    record Group(String id, double x, double y, double w, double h, Point title) {}

    record Edge(String from, String to, List<Point> points) {}

    static final double BOX_HEIGHT = 44;
    private static final double TITLE_HEIGHT = 24;
    private static final double GROUP_PADDING = 14;
    private static final int BOXES_PER_LAYER = 6;
    private static final Object ELK = new Object();
    private static boolean registered;

    private final Text title;
    private final double width;
    private final double height;
    private final List<Box> boxes;
    private final List<Group> groups;
    private final List<Edge> edges;

    private RoadmapGraph(Text title, ElkNode root, List<Box> boxes, List<Group> groups, List<Edge> edges) {
        this.title = title;
        this.width = root.getWidth();
        this.height = root.getHeight();
        this.boxes = List.copyOf(boxes);
        this.groups = List.copyOf(groups);
        this.edges = List.copyOf(edges);
    }

    public static RoadmapGraph layout(Roadmap roadmap) {
        FoldedRoadmap folded = FoldedRoadmap.of(roadmap);
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root);
        Map<String, ElkNode> headers = new LinkedHashMap<>();
        Map<String, ElkNode> shapes = new HashMap<>();
        int partition = 0;
        for (Node top : folded.tops()) {
            if (folded.groups().contains(top.id())) {
                double w = GraphSvg.titleWidth(top.title()) * 1.15;
                headers.put(top.id(), shape(root, w, TITLE_HEIGHT, partition++));
            }
            for (Node node : folded.boxes().get(top.id())) {
                double w = GraphSvg.titleWidth(node.title()) + 2 * GraphSvg.TEXT_PADDING;
                w = Math.clamp(w, GraphSvg.MIN_BOX_WIDTH, GraphSvg.MAX_BOX_WIDTH);
                shapes.put(node.id(), shape(root, w, BOX_HEIGHT, partition));
            }
            partition++;
        }
        Map<ElkEdge, FoldedRoadmap.Link> links = new LinkedHashMap<>();
        for (FoldedRoadmap.Link link : folded.links()) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(shapes.get(link.from()), shapes.get(link.to()));
            ElkGraphUtil.updateContainment(edge);
            links.put(edge, link);
        }
        run(root);

        List<Box> boxes = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (Node top : folded.tops()) {
            String group = headers.containsKey(top.id()) ? top.id() : null;
            List<ElkNode> members = new ArrayList<>();
            for (Node node : folded.boxes().get(top.id())) {
                ElkNode shape = shapes.get(node.id());
                Point at = absolute(shape);
                boxes.add(new Box(node.id(), node.kind(), group, at.x(), at.y(), shape.getWidth(), shape.getHeight()));
                members.add(shape);
            }
            if (group != null) {
                groups.add(group(group, headers.get(group), members));
            }
        }
        List<Edge> edges = new ArrayList<>();
        links.forEach((edge, link) -> edges.add(new Edge(link.from(), link.to(), route(edge))));
        return new RoadmapGraph(roadmap.title(), root, boxes, groups, edges);
    }

    private static Group group(String id, ElkNode header, List<ElkNode> members) {
        Extent extent = Extent.of(header);
        for (ElkNode member : members) {
            extent = extent.plus(Extent.of(member));
        }
        Point title = absolute(header);
        double p = GROUP_PADDING;
        return new Group(
                id,
                extent.x1() - p,
                extent.y1() - p,
                extent.x2() - extent.x1() + 2 * p,
                extent.y2() - extent.y1() + 2 * p,
                new Point(title.x(), title.y() + TITLE_HEIGHT / 2));
    }

    private static ElkNode shape(ElkNode root, double width, double height, int partition) {
        ElkNode node = ElkGraphUtil.createNode(root);
        node.setDimensions(width, height);
        node.setProperty(CoreOptions.PARTITIONING_PARTITION, partition);
        return node;
    }

    private static void configure(ElkNode root) {
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
        root.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 20.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 40.0);
        root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.COFFMAN_GRAHAM);
        root.setProperty(LayeredOptions.LAYERING_COFFMAN_GRAHAM_LAYER_BOUND, BOXES_PER_LAYER);
        root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
    }

    private static void run(ElkNode root) {
        synchronized (ELK) {
            if (!registered) {
                LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                registered = true;
            }
            new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        }
    }

    private static Point absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new Point(x, y);
    }

    private static List<Point> route(ElkEdge edge) {
        Point origin = absolute(edge.getContainingNode());
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Point(origin.x() + section.getStartX(), origin.y() + section.getStartY()));
            section.getBendPoints().forEach(b -> points.add(new Point(origin.x() + b.getX(), origin.y() + b.getY())));
            points.add(new Point(origin.x() + section.getEndX(), origin.y() + section.getEndY()));
        }
        return points;
    }

    private record Extent(double x1, double y1, double x2, double y2) {

        static Extent of(ElkNode node) {
            Point at = absolute(node);
            return new Extent(at.x(), at.y(), at.x() + node.getWidth(), at.y() + node.getHeight());
        }

        Extent plus(Extent o) {
            return new Extent(Math.min(x1, o.x1), Math.min(y1, o.y1), Math.max(x2, o.x2), Math.max(y2, o.y2));
        }
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

    List<Edge> edges() {
        return edges;
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
        return new GraphSvg(this, statusOf, href, titleOf, badgeOf).render(title.in(locale));
    }

    /** A few characters drawn in a box's corner, such as a count; {@code description} is added to its tooltip. */
    public record Badge(String text, String description, boolean complete) {}
}
