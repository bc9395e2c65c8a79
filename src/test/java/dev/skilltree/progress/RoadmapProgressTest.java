package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.roadmap.BuiltInRoadmaps;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.Text;
import dev.skilltree.roadmap.Track;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoadmapProgressTest {

    private static final Roadmap ROADMAP = new Roadmap(
            "r",
            new Text("路线", "Road"),
            "zh",
            Text.EMPTY,
            1,
            List.of(new Track("web", new Text("网", "Web"), Text.EMPTY)),
            List.of(
                    node("stage", NodeKind.STAGE, null, List.of(), List.of()),
                    node("basics", NodeKind.TOPIC, "stage", List.of(), List.of()),
                    node("syntax", NodeKind.SUBTOPIC, "basics", List.of(), List.of()),
                    node("types", NodeKind.SUBTOPIC, "basics", List.of(), List.of()),
                    node("web", NodeKind.TOPIC, "stage", List.of("web"), List.of("basics")),
                    node("project", NodeKind.PROJECT, "stage", List.of(), List.of("web"))));

    @Test
    void markingATopicDoneCoversItsSubtopics() {
        RoadmapProgress progress = new RoadmapProgress(ROADMAP, Map.of("basics", Status.DONE));

        assertThat(progress.status("syntax")).isEqualTo(Status.DONE);
        assertThat(progress.tally(n -> true).counts().get(Status.DONE)).isEqualTo(2);
        assertThat(progress.percent(n -> true)).isEqualTo(50.0);
    }

    @Test
    void markingAGroupLearningPutsItsTopicsInProgressAndCountsThem() {
        RoadmapProgress progress = new RoadmapProgress(ROADMAP, Map.of("basics", Status.LEARNING));

        assertThat(progress.status("syntax")).isEqualTo(Status.LEARNING);
        assertThat(progress.tally(n -> true).counts().get(Status.LEARNING)).isEqualTo(2);
        assertThat(progress.inProgress()).extracting(Node::id).containsExactly("basics");
    }

    @Test
    void aGroupMarkedDoneStaysDoneOverATopicMarkedLearningInsideItsParent() {
        RoadmapProgress progress =
                new RoadmapProgress(ROADMAP, Map.of("stage", Status.DONE, "basics", Status.LEARNING));

        assertThat(progress.status("syntax")).isEqualTo(Status.DONE);
        assertThat(progress.tally(n -> true).counts().get(Status.LEARNING)).isZero();
        assertThat(progress.inProgress()).isEmpty();
    }

    @Test
    void listsInProgressOnlyTheOutermostNodesMarkedLearning() {
        RoadmapProgress progress = new RoadmapProgress(
                ROADMAP, Map.of("basics", Status.LEARNING, "syntax", Status.LEARNING, "web", Status.LEARNING));

        assertThat(progress.inProgress()).extracting(Node::id).containsExactly("basics", "web");
    }

    @Test
    void showsAParentAsLearningUntilAllItsLeavesAreComplete() {
        RoadmapProgress progress = new RoadmapProgress(ROADMAP, Map.of("syntax", Status.DONE, "types", Status.SKIPPED));
        RoadmapProgress half = new RoadmapProgress(ROADMAP, Map.of("syntax", Status.DONE));

        assertThat(progress.status("basics")).isEqualTo(Status.DONE);
        assertThat(half.status("basics")).isEqualTo(Status.LEARNING);
        assertThat(half.status("stage")).isEqualTo(Status.LEARNING);
    }

    @Test
    void countsOnlyTheChosenTracksTopicsForItsPercentage() {
        RoadmapProgress progress = new RoadmapProgress(ROADMAP, Map.of("web", Status.DONE));

        assertThat(progress.percent(n -> progress.inTrack(n, "web"))).isEqualTo(100.0);
        assertThat(progress.percent(n -> true)).isEqualTo(25.0);
    }

    @Test
    void aNodesAndATracksTalliesCountTheTopicsBelowAndOnThem() {
        RoadmapProgress progress = new RoadmapProgress(ROADMAP, Map.of("syntax", Status.DONE, "web", Status.LEARNING));

        assertThat(progress.tallyUnder("basics").counts())
                .containsEntry(Status.DONE, 1)
                .containsEntry(Status.TODO, 1)
                .containsEntry(Status.LEARNING, 0);
        assertThat(progress.tallyUnder("stage").total()).isEqualTo(4);
        assertThat(progress.tallyUnder("syntax").total()).isEqualTo(1);
        assertThat(progress.tallyInTrack("web").counts()).containsEntry(Status.LEARNING, 1);
        assertThat(progress.tallyInTrack("web").total()).isEqualTo(1);
        assertThat(progress.tallyInTrack("no-such-track").total()).isZero();
    }

    @Test
    void onTheBuiltInRoadmapEveryTallyEqualsCountingItsTopicsOneByOne() {
        Roadmap roadmap = BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED);
        Random random = new Random(7);
        Map<String, Status> statuses = new HashMap<>();
        for (Node node : roadmap.nodes()) {
            statuses.put(node.id(), Status.values()[random.nextInt(Status.values().length)]);
        }
        RoadmapProgress progress = new RoadmapProgress(roadmap, statuses);

        for (Node node : roadmap.nodes()) {
            assertThat(progress.tallyUnder(node.id()))
                    .as("below " + node.id())
                    .isEqualTo(progress.tally(n -> progress.under(n, node.id())));
        }
        for (Track track : roadmap.tracks()) {
            assertThat(progress.tallyInTrack(track.id()))
                    .as("track " + track.id())
                    .isEqualTo(progress.tally(n -> progress.inTrack(n, track.id())));
        }
    }

    @Test
    void offersNextTheLeafTopicsWhosePrerequisitesAreCompleteNeverAWholeArea() {
        assertThat(new RoadmapProgress(ROADMAP, Map.of()).nextUp(null, 5))
                .extracting(Node::id)
                .containsExactly("syntax", "types");
        assertThat(new RoadmapProgress(ROADMAP, Map.of("basics", Status.DONE, "web", Status.LEARNING)).nextUp(null, 5))
                .extracting(Node::id)
                .containsExactly("web");
        assertThat(new RoadmapProgress(ROADMAP, Map.of("syntax", Status.LEARNING)).nextUp(null, 5))
                .as("the one being learned first, then roadmap order")
                .extracting(Node::id)
                .containsExactly("syntax", "types");
    }

    @Test
    void holdsBackASubtopicUntilItsParentsPrerequisitesAreComplete() {
        Roadmap nested = new Roadmap(
                "n",
                new Text("路线", "Road"),
                "zh",
                Text.EMPTY,
                1,
                List.of(),
                List.of(
                        node("basics", NodeKind.TOPIC, null, List.of(), List.of()),
                        node("asyncio", NodeKind.TOPIC, null, List.of(), List.of("basics")),
                        node("event-loop", NodeKind.SUBTOPIC, "asyncio", List.of(), List.of())));

        assertThat(new RoadmapProgress(nested, Map.of()).nextUp(null, 5))
                .extracting(Node::id)
                .containsExactly("basics");
        assertThat(new RoadmapProgress(nested, Map.of("basics", Status.DONE)).nextUp(null, 5))
                .extracting(Node::id)
                .containsExactly("event-loop");
    }

    @Test
    void countsAStreakOfConsecutiveActiveDaysEndingTodayOrYesterday() {
        Instant now = Instant.parse("2026-11-21T10:00:00Z");
        List<ProgressEvent> events = List.of(
                new ProgressEvent("a", Status.TODO, Status.DONE, Instant.parse("2026-11-18T09:00:00Z")),
                new ProgressEvent("b", Status.TODO, Status.DONE, Instant.parse("2026-11-19T09:00:00Z")),
                new ProgressEvent("c", Status.TODO, Status.LEARNING, Instant.parse("2026-11-20T09:00:00Z")),
                new ProgressEvent("a", Status.DONE, Status.TODO, Instant.parse("2026-11-20T10:00:00Z")));

        Activity activity = Activity.of(events, now, ZoneOffset.UTC);

        assertThat(activity.streak()).isEqualTo(3);
        assertThat(activity.completed().getLast().complete()).isEqualTo(1);
        assertThat(activity.on(java.time.LocalDate.parse("2026-11-20"))).isEqualTo(2);
    }

    private static Node node(String id, NodeKind kind, String parent, List<String> tracks, List<String> needs) {
        return new Node(id, kind, parent, new Text(id, id), Text.EMPTY, null, null, tracks, needs, List.of());
    }
}
