package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in roadmap as a teacher would check it: it speaks to the learner, says the same in both languages,
 * keeps each direction to itself, never sends a learner up a level without saying why, estimates the work where
 * the work is, and recommends only checked books and hosts. How it was written is in docs/content-notes.md.
 */
class CurriculumTest {

    private static final Roadmap ROADMAP = BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED);
    private static final Map<String, List<Node>> CHILDREN = ROADMAP.children();
    private static final Pattern PROVENANCE =
            Pattern.compile("种子|原表|原文|名称已丢失|名称缺失|两份学习指南|\\bseeds?\\b|\\bthe guides?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(?:\\.\\d+)*");
    /** Groups whose leaves are advice or a summary of the path, not study time. */
    private static final Set<String> NOT_STUDY_TIME =
            Set.of("resources-and-advice", "engineering-skills", "path-summary");

    private static final Set<NodeKind> GROUPS = EnumSet.of(NodeKind.STAGE, NodeKind.AREA);

    @Test
    void speaksToTheLearnerNotAboutItsSources() {
        List<String> found = new ArrayList<>();
        for (Node n : ROADMAP.nodes()) {
            Stream.concat(
                            Stream.of(
                                    n.title().zh(),
                                    n.title().en(),
                                    n.description().zh(),
                                    n.description().en()),
                            n.resources().stream().flatMap(r -> Stream.of(r.title(), r.note())))
                    .forEach(text -> {
                        Matcher m = PROVENANCE.matcher(text);
                        if (m.find()) {
                            found.add(n.id() + ": " + m.group());
                        }
                    });
        }
        assertThat(found)
                .as("learner-facing text about where the roadmap came from")
                .isEmpty();
    }

    @Test
    void writesTheSameNumbersInBothLanguages() {
        assertThat(ROADMAP.nodes()).allSatisfy(n -> assertThat(
                        numbers(n.title().en() + " " + n.description().en()))
                .as(n.id())
                .isEqualTo(numbers(n.title().zh() + " " + n.description().zh())));
    }

    @Test
    void neverSendsALearnerUpALevel() {
        List<String> inversions = new ArrayList<>();
        for (Node n : ROADMAP.nodes()) {
            for (String need : n.prerequisites()) {
                Node p = ROADMAP.node(need).orElseThrow();
                if (n.difficulty() != null
                        && p.difficulty() != null
                        && p.difficulty().compareTo(n.difficulty()) > 0) {
                    inversions.add(n.id() + " (" + n.difficulty().code() + ") needs " + p.id() + " ("
                            + p.difficulty().code() + ")");
                }
            }
        }
        assertThat(inversions).isEmpty();
    }

    @Test
    void keepsEachDirectionsPrerequisitesInsideIt() {
        for (Track track : ROADMAP.tracks()) {
            Set<String> closure = new TreeSet<>();
            ROADMAP.nodes().stream()
                    .filter(n -> tracksOf(n).contains(track.id()))
                    .forEach(n -> prerequisitesOf(n.id(), closure));

            List<String> foreign = closure.stream()
                    .filter(id -> {
                        Set<String> tracks = tracksOf(ROADMAP.node(id).orElseThrow());
                        return !tracks.isEmpty() && !tracks.contains(track.id());
                    })
                    .toList();
            assertThat(foreign)
                    .as("topics of other directions that a learner of %s must learn first", track.id())
                    .isEmpty();
        }
    }

    @Test
    void estimatesEveryStudyTopicAndLeavesTotalsToSums() {
        assertThat(ROADMAP.nodes())
                .filteredOn(n -> GROUPS.contains(n.kind()) && CHILDREN.containsKey(n.id()))
                .allSatisfy(group -> assertThat(group.estimate())
                        .as("%s is a sum of its topics", group.id())
                        .isNull());
        assertThat(ROADMAP.nodes())
                .filteredOn(n -> !CHILDREN.containsKey(n.id()) && !GROUPS.contains(n.kind()))
                .filteredOn(n -> !underAny(n, NOT_STUDY_TIME))
                .allSatisfy(leaf -> assertThat(leaf.estimate()).as(leaf.id()).isNotNull());
    }

    @Test
    void recommendsOnlyCheckedBooks() throws IOException {
        Set<String> checked = lines("/checked-books.txt");
        assertThat(ROADMAP.nodes().stream()
                        .flatMap(n -> n.resources().stream())
                        .filter(r -> r.kind() == ResourceKind.BOOK)
                        .map(Resource::title))
                .isNotEmpty()
                .allSatisfy(title -> assertThat(checked).as("checked books").contains(title));
    }

    @Test
    void linksOnlyToPinnedHosts() throws IOException {
        Set<String> hosts = lines("/checked-hosts.txt");
        assertThat(ROADMAP.nodes().stream().flatMap(n -> n.resources().stream()).filter(r -> r.url() != null))
                .isNotEmpty()
                .allSatisfy(r -> {
                    URI url = URI.create(r.url());
                    assertThat(url.getScheme()).as(r.url()).isEqualTo("https");
                    assertThat(url.getHost()).as(r.url()).isIn(hosts);
                });
    }

    private static Set<String> numbers(String text) {
        Set<String> found = new TreeSet<>();
        NUMBER.matcher(text).results().forEach(m -> found.add(m.group()));
        return found;
    }

    /** A node's tracks: its own and its ancestors'. */
    private static Set<String> tracksOf(Node node) {
        Set<String> tracks = new HashSet<>(node.tracks());
        if (node.parentId() != null) {
            tracks.addAll(tracksOf(ROADMAP.node(node.parentId()).orElseThrow()));
        }
        return tracks;
    }

    private static void prerequisitesOf(String id, Set<String> into) {
        for (String need : ROADMAP.node(id).orElseThrow().prerequisites()) {
            if (into.add(need)) {
                prerequisitesOf(need, into);
            }
        }
    }

    private static boolean underAny(Node node, Set<String> groups) {
        for (Node n = node;
                n != null;
                n = n.parentId() == null ? null : ROADMAP.node(n.parentId()).orElseThrow()) {
            if (groups.contains(n.id())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> lines(String resource) throws IOException {
        try (InputStream in = CurriculumTest.class.getResourceAsStream(resource)) {
            return new HashSet<>(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList());
        }
    }
}
