package dev.skilltree.roadmap;

import dev.skilltree.roadmap.RoadmapGraph.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.alg.layered.options.WrappingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The ELK graph behind a {@link RoadmapGraph}. Each stage is a range of partitions (layers) of the root graph; an
 * open area is a hierarchical node with its own layered layout inside (separate children), its long chains
 * wrapped into columns, placed in its own partition between the stage's boxes before and after it; a closed area is one box. Edges between different
 * boxes of the root are lifted links, one per pair, labelled with how many links they carry.
 */
final class GraphLayout {

    static final double TITLE_HEIGHT = 26;
    static final double TEXT_PADDING = 12;
    static final double TOP = 18;
    static final double BOTTOM = 10;
    static final double LINE_HEIGHT = 16;
    static final double MIN_BOX_WIDTH = 120;
    static final double MAX_BOX_WIDTH = 220;
    private static final int BOXES_PER_LAYER = 4;
    /** An open area's chain of topics wraps into columns towards this width over height. */
    private static final double AREA_ASPECT_RATIO = 1.6;

    private static final Object ELK = new Object();
    private static boolean registered;

    final ElkNode root = ElkGraphUtil.createGraph();
    final Map<String, ElkNode> headers = new LinkedHashMap<>();
    final Map<String, ElkNode> shapes = new HashMap<>();
    final Map<ElkEdge, RoadmapGraph.Link> edges = new LinkedHashMap<>();
    private final FoldedRoadmap folded;
    private final Set<String> open;

    GraphLayout(FoldedRoadmap folded, Set<String> open) {
        this.folded = folded;
        this.open = open;
        configure(root, BOXES_PER_LAYER);
        root.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(24));
    }

    /** The box a node is drawn as when the given areas are open: its own box, or its closed area's. */
    String shown(String boxId) {
        String area = folded.areaOf().get(boxId);
        return area == null || open.contains(area) ? boxId : area;
    }

    /** The box of the root graph holding a box: its area, or itself. */
    String unit(String boxId) {
        return folded.areaOf().getOrDefault(boxId, boxId);
    }

    void run() {
        int partition = 0;
        for (Node top : folded.tops()) {
            if (folded.groups().contains(top.id())) {
                double w = LabelLines.titleWidth(top.title()) * 1.2;
                headers.put(top.id(), shape(root, w, TITLE_HEIGHT, partition++));
            }
            for (Node node : folded.boxes().get(top.id())) {
                if (folded.areaOf().containsKey(node.id())) {
                    continue;
                }
                if (open.contains(node.id()) && isArea(node.id())) {
                    ElkNode area = shape(root, 0, 0, ++partition);
                    configure(area, BOXES_PER_LAYER - 1);
                    area.setProperty(LayeredOptions.WRAPPING_STRATEGY, WrappingStrategy.MULTI_EDGE);
                    area.setProperty(CoreOptions.ASPECT_RATIO, AREA_ASPECT_RATIO);
                    area.setProperty(CoreOptions.PADDING, new ElkPadding(TITLE_HEIGHT + 12, 12, 12, 12));
                    shapes.put(node.id(), area);
                    partition++;
                } else {
                    shapes.put(node.id(), box(root, node, isArea(node.id()), partition));
                }
            }
            for (Node node : folded.boxes().get(top.id())) {
                String area = folded.areaOf().get(node.id());
                if (area != null && open.contains(area)) {
                    shapes.put(node.id(), box(shapes.get(area), node, false, 0));
                }
            }
            partition++;
        }
        connect();
        synchronized (ELK) {
            if (!registered) {
                LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                registered = true;
            }
            new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        }
    }

    boolean isArea(String boxId) {
        return folded.areaOf().containsValue(boxId);
    }

    private void connect() {
        Map<List<String>, Integer> between = new LinkedHashMap<>();
        for (FoldedRoadmap.Link link : folded.links()) {
            String from = unit(link.from());
            String to = unit(link.to());
            if (!from.equals(to)) {
                between.merge(List.of(from, to), 1, Integer::sum);
            } else if (open.contains(from)) {
                edge(link.from(), link.to(), 1, true);
            }
        }
        Set<List<String>> implied = implied(between.keySet());
        between.forEach((pair, count) -> {
            if (!implied.contains(pair)) {
                edge(pair.get(0), pair.get(1), count, false);
            }
        });
    }

    /** The pairs that a path through other pairs already connects; drawing them would only repeat that path. */
    private static Set<List<String>> implied(Set<List<String>> pairs) {
        Map<String, Set<String>> next = new HashMap<>();
        pairs.forEach(p ->
                next.computeIfAbsent(p.get(0), k -> new java.util.HashSet<>()).add(p.get(1)));
        Set<List<String>> implied = new java.util.HashSet<>();
        for (List<String> pair : pairs) {
            java.util.Deque<String> todo = new java.util.ArrayDeque<>();
            Set<String> seen = new java.util.HashSet<>();
            next.get(pair.get(0)).stream().filter(n -> !n.equals(pair.get(1))).forEach(todo::push);
            while (!todo.isEmpty() && !implied.contains(pair)) {
                String n = todo.pop();
                if (n.equals(pair.get(1))) {
                    implied.add(pair);
                } else if (seen.add(n)) {
                    todo.addAll(next.getOrDefault(n, Set.of()));
                }
            }
        }
        return implied;
    }

    private void edge(String from, String to, int count, boolean inner) {
        ElkEdge edge = ElkGraphUtil.createSimpleEdge(shapes.get(from), shapes.get(to));
        ElkGraphUtil.updateContainment(edge);
        edges.put(edge, new RoadmapGraph.Link(from, to, count, inner));
    }

    private static ElkNode box(ElkNode parent, Node node, boolean area, int partition) {
        double w = LabelLines.titleWidth(node.title()) + 2 * TEXT_PADDING;
        w = Math.clamp(w, MIN_BOX_WIDTH, MAX_BOX_WIDTH);
        double text = w - 2 * TEXT_PADDING;
        int lines = Math.max(
                LabelLines.lines(LabelLines.plain(node.title().zh()), text).size(),
                LabelLines.lines(LabelLines.plain(node.title().en()), text).size());
        return shape(parent, w, TOP + (lines + (area ? 1 : 0)) * LINE_HEIGHT + BOTTOM, partition);
    }

    private static ElkNode shape(ElkNode parent, double width, double height, int partition) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        node.setDimensions(width, height);
        node.setProperty(CoreOptions.PARTITIONING_PARTITION, partition);
        return node;
    }

    private static void configure(ElkNode graph, int boxesPerLayer) {
        graph.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 20.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        graph.setProperty(LayeredOptions.MERGE_EDGES, true);
        graph.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.COFFMAN_GRAHAM);
        graph.setProperty(LayeredOptions.LAYERING_COFFMAN_GRAHAM_LAYER_BOUND, boxesPerLayer);
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
    }

    static Point absolute(ElkNode node) {
        double x = 0;
        double y = 0;
        for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
            x += n.getX();
            y += n.getY();
        }
        return new Point(x, y);
    }

    static List<Point> route(ElkEdge edge) {
        Point origin = absolute(edge.getContainingNode());
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Point(origin.x() + section.getStartX(), origin.y() + section.getStartY()));
            section.getBendPoints().forEach(b -> points.add(new Point(origin.x() + b.getX(), origin.y() + b.getY())));
            points.add(new Point(origin.x() + section.getEndX(), origin.y() + section.getEndY()));
        }
        return points;
    }

    /** Where an edge's count is written: halfway along its route, on the route. */
    static Point middle(List<Point> route) {
        double length = 0;
        for (int i = 1; i < route.size(); i++) {
            length += distance(route.get(i - 1), route.get(i));
        }
        double left = length / 2;
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            double d = distance(a, b);
            if (d >= left && d > 0) {
                return new Point(a.x() + (b.x() - a.x()) * left / d, a.y() + (b.y() - a.y()) * left / d);
            }
            left -= d;
        }
        return route.getFirst();
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }
}
