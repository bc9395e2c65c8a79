package dev.skilltree.roadmap;

import static dev.skilltree.roadmap.Fixtures.subtree;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both seed documents import exactly as they are. The expected counts were derived from the seed text: per
 * section of seed 000, one node for the section heading plus one for every {@code ####} heading, bullet and
 * sub-bullet under it.
 */
class SeedImportTest {

    @Test
    void importsSeed000WithEveryHeadingAndBulletAsANode() {
        Roadmap roadmap = Fixtures.read(Fixtures.SEED_000);

        assertThat(roadmap.title().zh()).isEqualTo("Python编程高级阶段学习路径");
        assertThat(subtree(roadmap, "Python内部原理")).hasSize(35);
        assertThat(subtree(roadmap, "高级编程技巧")).hasSize(31);
        assertThat(subtree(roadmap, "特定领域开发")).hasSize(65);
        assertThat(subtree(roadmap, "性能优化高级技巧")).hasSize(44);
        assertThat(subtree(roadmap, "项目架构和设计")).hasSize(42);
        assertThat(subtree(roadmap, "部署和运维")).hasSize(40);
        assertThat(subtree(roadmap, "专业领域应用")).hasSize(40);
        assertThat(subtree(roadmap, "实践项目")).hasSize(45);
        assertThat(subtree(roadmap, "学习建议")).hasSize(7);
        assertThat(roadmap.nodes()).hasSize(362);
    }

    @Test
    void readsBoldLeadInsNestedBulletsAndInlineCode() {
        Roadmap roadmap = Fixtures.read(Fixtures.SEED_000);
        Node cpython = node(roadmap, "CPython 内部结构");

        assertThat(children(roadmap, cpython)).containsExactly("解释器的主要组件", "字节码的生成和执行", "内存管理机制");
        assertThat(node(roadmap, "`dis` 模块的使用").kind()).isEqualTo(NodeKind.SUBTOPIC);
        assertThat(node(roadmap, "深入实践").description().zh()).isEqualTo("通过大型项目实践巩固所学知识");
        assertThat(node(roadmap, "Python解释器").kind()).isEqualTo(NodeKind.TOPIC);
    }

    @Test
    void turnsStageTestsIntoAssessmentsAndProjectsIntoProjects() {
        Roadmap roadmap = Fixtures.read(Fixtures.SEED_000);

        assertThat(subtree(roadmap, "阶段测试")).hasSize(6).allMatch(n -> n.kind() == NodeKind.ASSESSMENT);
        assertThat(node(roadmap, "项目2：机器学习框架").kind()).isEqualTo(NodeKind.PROJECT);
    }

    @Test
    void turnsResourceListsIntoResourcesWithTheirUrls() {
        Roadmap roadmap = Fixtures.read(Fixtures.SEED_000);

        assertThat(subtree(roadmap, "学习资源推荐")).hasSize(5);
        assertThat(node(roadmap, "书籍").resources())
                .extracting(Resource::kind)
                .containsOnly(ResourceKind.BOOK)
                .hasSize(4);
        assertThat(node(roadmap, "在线课程").resources())
                .extracting(Resource::title)
                .containsExactly(
                        "Coursera: Advanced Python",
                        "Udemy: The Advanced Python Masterclass",
                        "Pluralsight: Python Design Patterns");
        assertThat(node(roadmap, "网站和文档").resources())
                .extracting(Resource::title, Resource::url)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Python官方文档", "https://docs.python.org/3/"),
                        org.assertj.core.groups.Tuple.tuple("Python Insider", "https://blog.python.org/"));
        assertThat(node(roadmap, "社区和会议").resources()).hasSize(4).allMatch(r -> r.kind() == ResourceKind.COMMUNITY);
    }

    @Test
    void importsSeed001SectionsPhasesAndDirections() {
        Roadmap roadmap = Fixtures.read(Fixtures.SEED_001);

        assertThat(roadmap.nodes()).hasSize(97);
        assertThat(roadmap.nodes().stream().filter(n -> n.parentId() == null).map(n -> n.title()
                        .zh()))
                .containsExactly(
                        "Python 高级开发方向",
                        "Python 学习路线图（从入门到高级）",
                        "Python 高级开发必备工具与框架",
                        "学习资源推荐",
                        "制定学习路线的建议",
                        "高级 Python 工程能力建议",
                        "学习路径总结图",
                        "进阶项目建议（实战方向）");
        assertThat(subtree(roadmap, "Python 高级开发方向")).hasSize(9);
        assertThat(subtree(roadmap, "第四阶段：掌握一个方向并深入（6-12 个月）")).hasSize(30);
        assertThat(roadmap.tracks())
                .extracting(t -> t.title().zh())
                .containsExactly("后端开发", "数据科学与机器学习", "自动化测试与爬虫开发", "系统编程与性能优化", "分布式开发与工程化部署");
        assertThat(node(roadmap, "后端开发").tracks()).containsExactly("direction-a");
    }

    @Test
    void turnsPhaseDurationsIntoEstimatesAtFortyHoursAMonth() {
        Roadmap roadmap = Fixtures.read(Fixtures.SEED_001);

        assertThat(node(roadmap, "第一阶段：基础语法与标准库掌握（1-2 个月）").estimate()).isEqualTo(new Estimate(40, 80));
        assertThat(node(roadmap, "第三阶段：掌握高级特性（3-6 个月）").estimate()).isEqualTo(new Estimate(120, 240));
        assertThat(node(roadmap, "第五阶段：构建完整项目与工程能力（1年以上）").estimate()).isEqualTo(new Estimate(480, 960));
    }

    @Test
    void turnsTablesIntoResourcesToolsAndNodes() {
        Roadmap roadmap = Fixtures.read(Fixtures.SEED_001);

        List<Resource> books = node(roadmap, "书籍推荐").resources();
        assertThat(books).hasSize(8);
        assertThat(books.getFirst())
                .isEqualTo(
                        new Resource(ResourceKind.BOOK, "《Python 编程从入门到实践》", null, Difficulty.BEGINNER, "基础语法、项目实战"));
        assertThat(books)
                .filteredOn(b -> b.title().equals("《Python 源码剖析》"))
                .extracting(Resource::difficulty)
                .containsExactly(Difficulty.ADVANCED);
        assertThat(node(roadmap, "在线课程与平台").resources()).hasSize(6);
        assertThat(node(roadmap, "Python 高级开发必备工具与框架").resources())
                .hasSize(15)
                .allMatch(r -> r.kind() == ResourceKind.TOOL);
        assertThat(subtree(roadmap, "进阶项目建议（实战方向）"))
                .hasSize(7)
                .filteredOn(n -> n.parentId() != null)
                .allMatch(n -> n.kind() == NodeKind.PROJECT);
        assertThat(subtree(roadmap, "高级 Python 工程能力建议")).hasSize(8);
        assertThat(node(roadmap, "第一阶段：基础语法与标准库掌握（1-2 个月）").resources())
                .extracting(Resource::title)
                .containsExactly("《流畅的 Python》（Luciano Ramalho 著）", "《Python 编程：从入门到实践》", "docs.python.org");
    }

    static Node node(Roadmap roadmap, String zhTitle) {
        return roadmap.nodes().stream()
                .filter(n -> n.title().zh().equals(zhTitle))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node titled " + zhTitle));
    }

    static List<String> children(Roadmap roadmap, Node parent) {
        return roadmap.children().getOrDefault(parent.id(), List.of()).stream()
                .map(n -> n.title().zh())
                .toList();
    }
}
