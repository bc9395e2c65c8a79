package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private static final String GUIDE = """
            Python 是一门灵活的语言。

            🎯 一、高级方向
            可以分为以下几个方向：

            1. 后端开发（Web 开发）
            使用框架构建服务。
            数据库交互。
            2. 自动化运维
            编写脚本。
            🧭 二、学习路线图
            第一阶段：基础语法（1-2 个月）
            掌握基本语法。
            熟悉标准库。
            📚 推荐学习资料：

            《流畅的 Python》
            官方文档：docs.python.org
            第四阶段：深入一个方向（6-12 个月）
            方向 A：后端开发
            Flask/Django 框架
            方向 B：数据科学
            Pandas
            📘 三、推荐资源
            📗 书籍推荐
            书名\t难度\t说明
            《Effective Python》\t🟡 中级\t90 个建议
            🛠 工具
            工具/框架\t用途
            /\t构建 Web 服务
            pytest\t单元测试
            🚀 四、项目建议
            项目名称\t技术栈\t说明
            博客系统\tFlask\t练习后端
            """;

    @Test
    void keepsTheOpeningAsSummaryAndNamesTheRoadmapAfterItsFile() {
        Roadmap roadmap = read(GUIDE);

        assertThat(roadmap.id()).isEqualTo("guide");
        assertThat(roadmap.title()).isEqualTo(new Text("guide", ""));
        assertThat(roadmap.summary()).isEqualTo(new Text("Python 是一门灵活的语言。", ""));
    }

    @Test
    void turnsNumberedSectionsIntoStagesAndNumberedItemsIntoTopics() {
        Roadmap roadmap = read(GUIDE);

        assertThat(roadmap.nodes())
                .filteredOn(n -> n.parentId() == null)
                .extracting(n -> n.title().zh())
                .containsExactly("高级方向", "学习路线图", "推荐资源", "项目建议");
        assertThat(children(roadmap, "高级方向"))
                .extracting(
                        Node::kind, n -> n.title().zh(), n -> n.description().zh())
                .containsExactly(
                        tuple(NodeKind.TOPIC, "后端开发（Web 开发）", "使用框架构建服务。\n数据库交互。"),
                        tuple(NodeKind.TOPIC, "自动化运维", "编写脚本。"));
        assertThat(node(roadmap, "高级方向").description().zh()).isEqualTo("可以分为以下几个方向：");
    }

    @Test
    void turnsPhasesIntoAreasWithTheirDurationAndTheirLinesIntoTopics() {
        Roadmap roadmap = read(GUIDE);

        Node first = node(roadmap, "第一阶段：基础语法（1-2 个月）");
        assertThat(first.kind()).isEqualTo(NodeKind.AREA);
        assertThat(first.estimate()).isEqualTo(new Estimate(40, 80));
        assertThat(children(roadmap, first.title().zh()))
                .extracting(Node::kind, n -> n.title().zh())
                .containsExactly(tuple(NodeKind.TOPIC, "掌握基本语法。"), tuple(NodeKind.TOPIC, "熟悉标准库。"));
        assertThat(node(roadmap, "第四阶段：深入一个方向（6-12 个月）").estimate()).isEqualTo(new Estimate(240, 480));
    }

    @Test
    void turnsDirectionsIntoTracksAndAreasOfTheirPhase() {
        Roadmap roadmap = read(GUIDE);

        assertThat(roadmap.tracks())
                .extracting(Track::id, t -> t.title().zh())
                .containsExactly(tuple("direction-a", "后端开发"), tuple("direction-b", "数据科学"));
        assertThat(children(roadmap, "第四阶段：深入一个方向（6-12 个月）"))
                .extracting(n -> n.title().zh(), Node::tracks)
                .containsExactly(tuple("后端开发", List.of("direction-a")), tuple("数据科学", List.of("direction-b")));
        assertThat(children(roadmap, "数据科学")).extracting(n -> n.title().zh()).containsExactly("Pandas");
    }

    @Test
    void turnsABookListIntoBooksAndDocuments() {
        Roadmap roadmap = read(GUIDE);

        assertThat(node(roadmap, "第一阶段：基础语法（1-2 个月）").resources())
                .containsExactly(
                        new Resource(ResourceKind.BOOK, "《流畅的 Python》", null, null, ""),
                        new Resource(ResourceKind.DOC, "docs.python.org", null, null, "官方文档"));
    }

    @Test
    void turnsTablesIntoResourcesOrNodesByTheirFirstHeader() {
        Roadmap roadmap = read(GUIDE);

        assertThat(node(roadmap, "书籍推荐").resources())
                .containsExactly(
                        new Resource(ResourceKind.BOOK, "《Effective Python》", null, Difficulty.INTERMEDIATE, "90 个建议"));
        assertThat(node(roadmap, "工具").resources())
                .containsExactly(
                        new Resource(ResourceKind.TOOL, "构建 Web 服务", null, null, "（名称缺失）构建 Web 服务"),
                        new Resource(ResourceKind.TOOL, "pytest", null, null, "单元测试"));
        assertThat(children(roadmap, "项目建议"))
                .extracting(
                        Node::kind, n -> n.title().zh(), n -> n.description().zh())
                .containsExactly(tuple(NodeKind.PROJECT, "博客系统", "技术栈：Flask\n说明：练习后端"));
    }

    private static Roadmap read(String text) {
        MarkdownSource source = new MarkdownSource(List.of(new SourceFile("guide.txt", text)));
        return new PlainTextReader(source, "guide").read().build();
    }

    private static Node node(Roadmap roadmap, String zhTitle) {
        return roadmap.nodes().stream()
                .filter(n -> n.title().zh().equals(zhTitle))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node titled " + zhTitle));
    }

    private static List<Node> children(Roadmap roadmap, String zhTitle) {
        return roadmap.children().getOrDefault(node(roadmap, zhTitle).id(), List.of());
    }
}
