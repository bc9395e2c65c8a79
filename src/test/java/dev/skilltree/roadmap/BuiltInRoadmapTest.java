package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped python-advanced roadmap: a valid DAG that covers both seeds, in both languages. */
class BuiltInRoadmapTest {

    private static final Roadmap ROADMAP = BuiltInRoadmaps.load(BuiltInRoadmaps.PYTHON_ADVANCED);
    private static final String HAYSTACK = normalise(ROADMAP.nodes().stream()
                    .flatMap(n -> Stream.concat(
                            Stream.of(n.title().zh(), n.description().zh()),
                            n.resources().stream().flatMap(r -> Stream.of(r.title(), r.note()))))
                    .collect(Collectors.joining("\n"))
            + ROADMAP.summary().zh());

    @Test
    void isAValidGraphWithTheFiveTracks() {
        assertThat(ROADMAP.id()).isEqualTo("python-advanced");
        assertThat(ROADMAP.nodes()).hasSizeGreaterThan(400);
        assertThat(ROADMAP.tracks())
                .extracting(Track::id)
                .containsExactly("backend", "data", "crawler-testing", "systems", "distributed");
        assertThat(PrerequisiteCycles.find(ROADMAP.nodes())).isEmpty();
    }

    @Test
    void coversEveryHeadingAndBulletOfSeed000() {
        Roadmap seed = Fixtures.read(Fixtures.SEED_000);
        List<String> expected = new ArrayList<>();
        for (String section : List.of(
                "Python内部原理", "高级编程技巧", "特定领域开发", "性能优化高级技巧", "项目架构和设计", "部署和运维", "专业领域应用", "实践项目", "学习建议", "阶段测试")) {
            Fixtures.subtree(seed, section).forEach(n -> expected.add(n.title().zh()));
        }
        Fixtures.subtree(seed, "学习资源推荐").forEach(n -> n.resources().forEach(r -> expected.add(r.title())));

        assertThat(expected).hasSizeGreaterThan(350);
        assertThat(missing(expected))
                .as("seed 000 texts missing from the built-in roadmap")
                .isEmpty();
    }

    @Test
    void coversTheSectionsPhasesDirectionsAndTablesOfSeed001() {
        Roadmap seed = Fixtures.read(Fixtures.SEED_001);
        List<String> expected = new ArrayList<>();
        seed.nodes().forEach(n -> expected.add(n.title().zh().replaceFirst("（[^）]*(个月|年以上)）$", "")));
        seed.nodes()
                .forEach(n -> n.resources().forEach(r -> expected.add(r.note().replace("（名称缺失）", ""))));
        seed.nodes().stream()
                .flatMap(n -> n.resources().stream())
                .filter(r -> r.kind() == ResourceKind.BOOK)
                .forEach(r -> expected.add(r.title().replaceFirst("（.*）$", "")));

        assertThat(expected).hasSizeGreaterThan(120);
        assertThat(missing(expected))
                .as("seed 001 texts missing from the built-in roadmap")
                .isEmpty();
    }

    @Test
    void hasBothLanguagesOnEveryTitleAndLeaf() {
        Map<String, List<Node>> children = ROADMAP.children();

        assertThat(ROADMAP.nodes()).allSatisfy(n -> {
            assertThat(n.title().zh()).as(n.id()).isNotBlank();
            assertThat(n.title().en()).as(n.id()).isNotBlank();
        });
        assertThat(ROADMAP.nodes())
                .filteredOn(n -> !children.containsKey(n.id()))
                .allSatisfy(leaf -> {
                    assertThat(leaf.description().zh()).as(leaf.id()).isNotBlank();
                    assertThat(leaf.description().en()).as(leaf.id()).isNotBlank();
                });
    }

    @Test
    void hasTheEdgesATeacherWouldDraw() {
        assertThat(needs("decorators")).contains("closures", "higher-order-functions");
        assertThat(needs("metaclasses")).contains("classes", "descriptors");
        assertThat(Fixtures.subtree(
                        ROADMAP,
                        ROADMAP.node("metaclasses").orElseThrow().title().zh()))
                .anySatisfy(n -> assertThat(n.prerequisites()).contains("type-builtin"));
        assertThat(needs("asyncio")).contains("generators", "coroutines");
        assertThat(Fixtures.subtree(ROADMAP, "阶段测试"))
                .filteredOn(n -> n.kind() == NodeKind.ASSESSMENT)
                .hasSize(5)
                .allSatisfy(test -> assertThat(test.prerequisites()).isNotEmpty());
        assertThat(ROADMAP.nodes())
                .filteredOn(n -> n.title().zh().equals("实现一个自定义的元类，用于自动注册类"))
                .singleElement()
                .satisfies(test -> assertThat(test.prerequisites()).contains("metaclasses"));
    }

    private static List<String> missing(List<String> expected) {
        return expected.stream()
                .filter(text -> !HAYSTACK.contains(normalise(text)))
                .toList();
    }

    private static List<String> needs(String id) {
        return ROADMAP.node(id).orElseThrow().prerequisites();
    }

    /** Compares text without spacing, markup and punctuation differences. */
    private static String normalise(String text) {
        return text.replaceAll("[\\s`*_\"“”'，,。.：:、（）()\\[\\]/+\\-《》!！?？]", "").toLowerCase();
    }
}
