package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A third-party path as teachers bring it: a README with a ## title, linked titles, prose bullets, " / " lists; and
 * an outline in the style of seed 000: numbered headings, lead-ins, projects, stage tests and resource headings.
 */
class OutlineReaderTest {

    private static final String README = "roadmaps/third-party-readme.md";
    private static final URI REPOSITORY = URI.create("https://github.com/example/python-100-days/blob/master/");

    private static final String OUTLINE = """
            # 1. Python 进阶路线

            从脚本到系统。

            ## 1. 基础（1-2 个月）

            先打基础。

            - **元类**：控制类的创建
              - 子项
                - 孙项
            - 装饰器：包装函数
            - 生成器：

            ### 1.1 项目1：爬虫 🟡

            ### 阶段测试

            - 题目一

            ## 学习资源

            ### 书籍

            - 《流畅的Python》 🔴
            - Python 官方文档：https://docs.python.org/3/
              适合查阅
            """;

    @Test
    void takesTheTitleFromTheFirstHeadingWhenThereIsNoHashHeading() {
        Roadmap roadmap = readme(null);

        assertThat(roadmap.title().zh()).isEqualTo("Python - 100天从新手到大师");
        assertThat(roadmap.nodes())
                .filteredOn(n -> n.parentId() == null)
                .extracting(n -> n.title().zh())
                .containsExactly("Python简介", "Day01~15 - 语言基础", "Day16~20 - Python语言进阶", "网站");
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
    void namesALinkedResourceByItsWordsNotItsMarkup() {
        Node sites = node(readme(null), "网站");

        assertThat(sites.resources())
                .extracting(Resource::title, Resource::url)
                .containsExactly(
                        tuple("Real Python", "https://realpython.com/"),
                        tuple("Talk Python", "https://talkpython.fm/"));
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

    @Test
    void readsASeedOutlineWithoutItsNumberingAndKindsByDepth() {
        Roadmap roadmap = outline(OUTLINE);

        assertThat(roadmap.id()).isEqualTo("seed");
        assertThat(roadmap.title()).isEqualTo(new Text("Python 进阶路线", ""));
        assertThat(roadmap.summary()).isEqualTo(new Text("从脚本到系统。", ""));
        assertThat(roadmap.nodes())
                .extracting(Node::kind, n -> n.title().zh())
                .startsWith(
                        tuple(NodeKind.STAGE, "基础（1-2 个月）"),
                        tuple(NodeKind.AREA, "元类"),
                        tuple(NodeKind.TOPIC, "子项"),
                        tuple(NodeKind.SUBTOPIC, "孙项"),
                        tuple(NodeKind.AREA, "装饰器"),
                        tuple(NodeKind.AREA, "生成器"));
        assertThat(node(roadmap, "基础（1-2 个月）").description().zh()).isEqualTo("先打基础。");
        assertThat(node(roadmap, "基础（1-2 个月）").estimate()).isEqualTo(new Estimate(40, 80));
    }

    @Test
    void splitsABoldOrColonLeadInFromItsDescription() {
        Roadmap roadmap = outline(OUTLINE);

        assertThat(List.of("元类", "装饰器", "生成器"))
                .extracting(title -> node(roadmap, title).description().zh())
                .containsExactly("控制类的创建", "包装函数", "");
    }

    @Test
    void marksProjectsAssessmentsAndTheirDifficulty() {
        Roadmap roadmap = outline(OUTLINE);

        assertThat(roadmap.nodes())
                .filteredOn(n -> n.kind() == NodeKind.PROJECT || n.kind() == NodeKind.ASSESSMENT)
                .extracting(n -> n.title().zh(), Node::kind, Node::difficulty)
                .containsExactly(
                        tuple("项目1：爬虫 🟡", NodeKind.PROJECT, Difficulty.INTERMEDIATE),
                        tuple("阶段测试", NodeKind.ASSESSMENT, null),
                        tuple("题目一", NodeKind.ASSESSMENT, null));
    }

    @Test
    void turnsListsUnderAResourceHeadingIntoResources() {
        Roadmap roadmap = outline(OUTLINE);
        Node books = node(roadmap, "书籍");

        assertThat(roadmap.children()).doesNotContainKey(books.id());
        assertThat(books.resources())
                .containsExactly(
                        new Resource(ResourceKind.BOOK, "《流畅的Python》 🔴", null, Difficulty.ADVANCED, ""),
                        new Resource(ResourceKind.BOOK, "Python 官方文档", "https://docs.python.org/3/", null, "适合查阅"));
    }

    @Test
    void knowsResourceHeadingsInBothLanguagesButNotWordsThatMerelyContainThem() {
        assertThat(List.of("书籍", "Recommended Books", "在线课程", "Courses", "网站和文档", "Docs", "社区和会议", "视频"))
                .extracting(
                        title -> OutlineReader.resourceKind(draftNode(title)).orElse(null))
                .containsExactly(
                        ResourceKind.BOOK,
                        ResourceKind.BOOK,
                        ResourceKind.COURSE,
                        ResourceKind.COURSE,
                        ResourceKind.SITE,
                        ResourceKind.SITE,
                        ResourceKind.COMMUNITY,
                        ResourceKind.VIDEO);
        assertThat(OutlineReader.resourceKind(draftNode("Notebook 技巧"))).isEmpty();
        assertThat(OutlineReader.resourceKind(draftNode("Docker 部署"))).isEmpty();
    }

    private static Roadmap outline(String markdown) {
        MarkdownSource source = new MarkdownSource(List.of(new SourceFile("seed.md", markdown)));
        return new OutlineReader(source.withInlines(), "seed", null).read().build();
    }

    private static RoadmapDraft.DraftNode draftNode(String title) {
        RoadmapDraft.DraftNode node = new RoadmapDraft.DraftNode(new Location("t.md", 1), 1, null);
        node.primaryTitle = title;
        return node;
    }

    private static Roadmap readme(URI baseUrl) {
        return RoadmapReader.read(List.of(SourceFile.decode(README, Fixtures.bytes(README))), baseUrl);
    }

    private static Node node(Roadmap roadmap, String title) {
        return roadmap.nodes().stream()
                .filter(n -> n.title().zh().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node titled " + title));
    }
}
