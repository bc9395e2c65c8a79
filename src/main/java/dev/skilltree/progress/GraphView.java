package dev.skilltree.progress;

import dev.skilltree.roadmap.GraphAreas;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapGraph;
import dev.skilltree.web.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The roadmap graph as one learner sees it. The areas open are the ones asked for; without a request, the area of
 * the learner's focus, which is their first topic in progress or else the first one ready ({@link
 * RoadmapProgress#nextUp}). A search opens every area holding a match and marks the matching boxes.
 */
@Component
class GraphView {

    private final GraphCache graphs;
    private final EvidenceService evidence;

    GraphView(GraphCache graphs, EvidenceService evidence) {
        this.graphs = graphs;
        this.evidence = evidence;
    }

    /** The drawing; {@code openParam} lists the open areas, comma-separated, or is null for the default. */
    String svg(RoadmapProgress learner, String track, String q, String openParam, Page page) {
        Roadmap roadmap = learner.roadmap();
        GraphAreas areas = graphs.areas(roadmap);
        String focus = focus(learner, track, areas);
        Set<String> matches = matches(learner, areas, track, q);
        Set<String> open = new LinkedHashSet<>();
        if (openParam != null) {
            open.addAll(Arrays.asList(openParam.split(",")));
        } else if (q.isEmpty() && focus != null && areas.areaOf(focus) != null) {
            open.add(areas.areaOf(focus));
        }
        matches.stream().map(areas::areaOf).filter(a -> a != null).forEach(open::add);
        Set<String> kept = kept(learner, track, q);
        Map<String, ChallengeCount> counts =
                evidence.counts(page.signedIn() ? page.user().id() : null);
        String shownFocus = focus == null || areas.areaOf(focus) == null || open.contains(areas.areaOf(focus))
                ? focus
                : areas.areaOf(focus);
        return graphs.graph(roadmap, open)
                .svg(
                        page.lang(),
                        new RoadmapGraph.Marks(
                                id -> learner.status(id).code() + (kept == null || kept.contains(id) ? "" : " dim"),
                                id -> href(roadmap, areas, open, id),
                                id -> learner.node(id)
                                        .map(n -> n.title().in(page.lang()))
                                        .orElse(id),
                                id -> badge(counts.get(id), page),
                                id -> note(learner, track, id, page),
                                matches::contains,
                                shownFocus));
    }

    /** The box of the learner's first topic in progress, or else of the first topic ready to learn. */
    private static String focus(RoadmapProgress learner, String track, GraphAreas areas) {
        return learner.roadmap().nodes().stream()
                .filter(n -> learner.isTopic(n) && learner.inTrack(n, track))
                .filter(n -> learner.status(n.id()) == Status.LEARNING)
                .findFirst()
                .or(() -> learner.nextUp(track, 1).stream().findFirst())
                .map(n -> areas.boxOf(n.id()))
                .orElse(null);
    }

    /** A topic's page; for an area, the roadmap with that area opened, or closed when it is open. */
    private static String href(Roadmap roadmap, GraphAreas areas, Set<String> open, String id) {
        if (!areas.areas().contains(id)) {
            return "/roadmaps/" + roadmap.id() + "/nodes/" + id;
        }
        Set<String> next = new LinkedHashSet<>(open);
        if (!next.remove(id)) {
            next.add(id);
        }
        return "/roadmaps/" + roadmap.id() + "?open="
                + URLEncoder.encode(String.join(",", next), StandardCharsets.UTF_8) + "#graph";
    }

    /** A closed area's progress: its topics complete of all, in the track. */
    private static String note(RoadmapProgress learner, String track, String areaId, Page page) {
        RoadmapProgress.Tally tally = learner.tally(n -> learner.under(n, areaId) && learner.inTrack(n, track));
        return page.t("roadmap.areaNote", tally.complete(), tally.total());
    }

    /** The boxes that show a node matching the search, in the track. */
    private static Set<String> matches(RoadmapProgress learner, GraphAreas areas, String track, String q) {
        if (q.isEmpty()) {
            return Set.of();
        }
        String lower = q.toLowerCase(Locale.ROOT);
        Set<String> boxes = new LinkedHashSet<>();
        for (Node node : learner.roadmap().nodes()) {
            String box = areas.boxOf(node.id());
            if (box != null && learner.inTrack(node, track) && OutlineItem.matches(node, lower)) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    /** The nodes that pass the track filter and the search, with their ancestors; null when nothing is filtered. */
    private static Set<String> kept(RoadmapProgress learner, String track, String q) {
        if (track == null && q.isEmpty()) {
            return null;
        }
        String lower = q.toLowerCase(Locale.ROOT);
        Set<String> shown = new HashSet<>();
        for (Node node : learner.roadmap().nodes()) {
            if (learner.inTrack(node, track) && OutlineItem.matches(node, lower)) {
                learner.lineage(node).forEach(n -> shown.add(n.id()));
            }
        }
        return shown;
    }

    /** A node's challenges as "⚑ passed/total" in its box, with the words in its tooltip; none without any. */
    private static RoadmapGraph.Badge badge(ChallengeCount count, Page page) {
        if (count == null) {
            return null;
        }
        return new RoadmapGraph.Badge(
                "⚑ " + count.passed() + "/" + count.total(),
                page.t("challenge.count", count.total(), count.passed()),
                count.passed() == count.total());
    }
}
