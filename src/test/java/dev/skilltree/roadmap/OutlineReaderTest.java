package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A third-party path as teachers bring it: a README with a ## title, linked titles, prose bullets, " / " lists. */
class OutlineReaderTest {

    private static final String README = "roadmaps/third-party-readme.md";
    private static final URI REPOSITORY = URI.create("https://github.com/example/python-100-days/blob/master/");

    @Test
    void takesTheTitleFromTheFirstHeadingWhenThereIsNoHashHeading() {
        Roadmap roadmap = readme(null);

        assertThat(roadmap.title().zh()).isEqualTo("Python - 100天从新手到大师");
        assertThat(roadmap.nodes())
                .filteredOn(n -> n.parentId() == null)
                .extracting(n -> n.title().zh())
                .containsExactly("Python简介", "Day01~15 - 语言基础", "Day16~20 - Python语言进阶");
    }

    @Test
    void keepsTheWordsOfALinkedTitleAndMakesItsLinkAResource() {
        Node day01 = node(readme(REPOSITORY), "Day01 - 初识Python");

        assertThat(day01.resources()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ResourceKind.DOC);
            assertThat(r.title()).isEqualTo("初识Python");
            assertThat(r.url()).isEqualTo(REPOSITORY + "Day01-15/01.初识Python.md");
        });
        assertThat(node(readme(null), "Day01 - 初识Python").resources())
                .as("a relative link without --base-url has nowhere to point")
                .isEmpty();
        assertThat(node(readme(null), "heapq 模块").resources())
                .extracting(Resource::url)
                .containsExactly("https://docs.python.org/3/library/heapq.html");
    }

    @Test
    void dropsEmphasisAndImagesFromTitlesAndKeepsInlineCode() {
        Roadmap roadmap = readme(null);

        assertThat(roadmap.nodes()).extracting(n -> n.title().zh()).contains("程序和进制", "变量和类型 - `type` 函数的使用");
        assertThat(roadmap.nodes()).allSatisfy(n -> assertThat(n.title().zh()).doesNotContain("**", "<img", "](", "["));
        assertThat(roadmap.summary().zh()).doesNotContain("<img");
    }

    @Test
    void makesIdsFromTitlesInPinyinAndTellsRepeatsApartByTheirParent() {
        Roadmap roadmap = readme(null);

        assertThat(node(roadmap, "Day01 - 初识Python").id()).isEqualTo("day01-chu-shi-python");
        assertThat(roadmap.nodes())
                .filteredOn(n -> n.title().zh().equals("Python简介"))
                .extracting(Node::id)
                .containsExactly("python-jian-jie", "day01-chu-shi-python-python-jian-jie");
    }

    @Test
    void keepsAListOfSentencesInItsHeadingsDescription() {
        Node intro = node(readme(null), "Python简介");

        assertThat(readme(null).children()).doesNotContainKey(intro.id());
        assertThat(intro.description().zh()).contains("学习曲线低，非专业人士也能上手。");
    }

    @Test
    void makesEachPartOfASlashListATopic() {
        Roadmap roadmap = readme(null);
        String day01 = node(roadmap, "Day01 - 初识Python").id();

        assertThat(roadmap.children().get(day01))
                .extracting(n -> n.title().zh())
                .containsExactly("Python简介", "Python的历史", "Python的优缺点", "安装Python解释器");
    }

    @Test
    void readsEveryListOfSeed000AsTopics() {
        assertThat(Fixtures.read(Fixtures.SEED_000).nodes()).hasSize(362);
    }

    private static Roadmap readme(URI baseUrl) {
        return RoadmapReader.read(List.of(SourceFile.decode(README, Fixtures.bytes(README))), baseUrl);
    }

    private static Node node(Roadmap roadmap, String title) {
        return roadmap.nodes().stream()
                .filter(n -> n.title().zh().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node titled " + title + " in "
                        + new String(Fixtures.bytes(README), StandardCharsets.UTF_8).length()));
    }
}
