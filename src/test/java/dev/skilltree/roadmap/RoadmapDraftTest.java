package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.roadmap.RoadmapDraft.DraftNode;
import dev.skilltree.roadmap.RoadmapDraft.DraftTrack;
import dev.skilltree.roadmap.RoadmapDraft.Ref;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapDraftTest {

    @Test
    void buildsTheRoadmapWithKindsByDepthAndTextsByLanguage() {
        RoadmapDraft draft = draft("en");
        draft.primaryTitle = "Go";
        draft.secondaryTitle = "Go 语言";
        DraftTrack web = track(draft, "web", 2);
        web.primaryTitle = "Web";
        DraftNode stage = node(draft, "basics", 3, null);
        DraftNode area = node(draft, "syntax", 5, stage);
        area.secondaryTitle = "语法";
        area.tracks.add(new Ref("web", at(5)));
        DraftNode project = node(draft, "cli", 7, area);
        project.kind = NodeKind.PROJECT;
        project.needs.add(new Ref("syntax", at(7)));

        Roadmap roadmap = draft.build();

        assertThat(roadmap.id()).isEqualTo("go");
        assertThat(roadmap.title()).isEqualTo(new Text("Go 语言", "Go"));
        assertThat(roadmap.tracks()).extracting(Track::title).containsExactly(new Text("", "Web"));
        assertThat(roadmap.nodes())
                .extracting(Node::id, Node::kind, Node::parentId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("basics", NodeKind.STAGE, null),
                        org.assertj.core.groups.Tuple.tuple("syntax", NodeKind.AREA, "basics"),
                        org.assertj.core.groups.Tuple.tuple("cli", NodeKind.PROJECT, "syntax"));
        assertThat(roadmap.node("syntax").orElseThrow().title()).isEqualTo(new Text("语法", "syntax"));
        assertThat(roadmap.node("syntax").orElseThrow().tracks()).containsExactly("web");
        assertThat(roadmap.node("cli").orElseThrow().prerequisites()).containsExactly("syntax");
    }

    @Test
    void refusesADraftWithoutNodesAtTheTitle() {
        RoadmapDraft draft = draft("zh");
        draft.titleLocation = at(3);

        assertThat(problems(draft))
                .containsExactly("t.md:3: the document has no headings, so there are no topics to import");
        assertThat(problems(new RoadmapDraft("empty.md")))
                .containsExactly("empty.md:1: the document has no headings, so there are no topics to import");
    }

    @Test
    void refusesADraftWithoutAnId() {
        RoadmapDraft draft = new RoadmapDraft("t.md");
        node(draft, "a", 3, null);

        assertThat(problems(draft))
                .containsExactly("t.md:1: the roadmap has no id; write it as {#my-roadmap} after the title");
    }

    @Test
    void namesTheFileOfAnIdFirstUsedInAnotherFile() {
        RoadmapDraft draft = draft("zh");
        node(draft, "a", 3, null);
        node(draft, "a", 9, null);
        draft.addNode(new Location("10.md", 4), 1, null).id = "a";

        assertThat(problems(draft))
                .containsExactly(
                        "t.md:9: the id 'a' is already used on line 3",
                        "10.md:4: the id 'a' is already used on line 3 of t.md");
    }

    @Test
    void refusesARepeatedTrackIdAndAnUnknownTrack() {
        RoadmapDraft draft = draft("zh");
        track(draft, "web", 2);
        track(draft, "web", 3);
        node(draft, "a", 5, null).tracks.add(new Ref("data", at(5)));

        assertThat(problems(draft))
                .containsExactly(
                        "t.md:3: the track id 'web' is already used on line 2",
                        "t.md:5: node 'a' names track 'data', but no track has that id");
    }

    @Test
    void refusesANodeThatNeedsItselfWithoutAlsoCallingItACycle() {
        RoadmapDraft draft = draft("zh");
        node(draft, "a", 3, null).needs.add(new Ref("a", at(4)));

        assertThat(problems(draft)).containsExactly("t.md:4: node 'a' names itself as a prerequisite");
    }

    @Test
    void reportsACycleAtTheNodeWhereItStarts() {
        RoadmapDraft draft = draft("zh");
        node(draft, "a", 3, null).needs.add(new Ref("b", at(3)));
        node(draft, "b", 5, null).needs.add(new Ref("a", at(5)));

        assertThat(problems(draft)).containsExactly("t.md:3: prerequisites form a cycle: a → b → a");
    }

    @Test
    void sortsProblemsByLineWhateverOrderTheyWereFoundIn() {
        RoadmapDraft draft = draft("zh");
        node(draft, "a", 3, null).needs.add(new Ref("missing", at(3)));
        draft.problem(at(8), "found first, written later");
        draft.problem(at(1), "found second, written first");

        assertThat(problems(draft))
                .containsExactly(
                        "t.md:1: found second, written first",
                        "t.md:3: node 'a' needs 'missing', but no node has that id",
                        "t.md:8: found first, written later");
    }

    private static RoadmapDraft draft(String locale) {
        RoadmapDraft draft = new RoadmapDraft("t.md");
        draft.id = "go";
        draft.locale = locale;
        return draft;
    }

    private static DraftNode node(RoadmapDraft draft, String id, int line, DraftNode parent) {
        DraftNode node = draft.addNode(at(line), parent == null ? 1 : parent.depth + 1, parent);
        node.id = id;
        node.primaryTitle = id;
        return node;
    }

    private static DraftTrack track(RoadmapDraft draft, String id, int line) {
        DraftTrack track = new DraftTrack(at(line));
        track.id = id;
        draft.tracks.add(track);
        return track;
    }

    private static Location at(int line) {
        return new Location("t.md", line);
    }

    private static List<String> problems(RoadmapDraft draft) {
        try {
            draft.build();
        } catch (InvalidRoadmap e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the draft to be refused");
    }
}
