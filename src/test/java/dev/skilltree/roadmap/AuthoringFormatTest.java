package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthoringFormatTest {

    @Test
    void readsTheExampleFromTheAuthoringGuide() {
        Roadmap roadmap = Fixtures.read("roadmaps/example.md");

        assertThat(roadmap.id()).isEqualTo("python-advanced");
        assertThat(roadmap.title()).isEqualTo(new Text("Python 高级进阶", "Advanced Python"));
        assertThat(roadmap.version()).isEqualTo(2);
        assertThat(roadmap.summary())
                .isEqualTo(new Text("从能写脚本到能设计系统的一条路线。", "A path from writing scripts to designing systems."));
        assertThat(roadmap.tracks())
                .containsExactly(new Track(
                        "backend",
                        new Text("后端开发", "Backend development"),
                        new Text(
                                "用 Flask、Django、FastAPI 构建 Web 服务。",
                                "Build web services with Flask, Django and FastAPI.")));
        Node decorators = roadmap.node("decorators").orElseThrow();
        assertThat(decorators.parentId()).isEqualTo("stage-3");
        assertThat(decorators.kind()).isEqualTo(NodeKind.AREA);
        assertThat(decorators.estimate()).isEqualTo(new Estimate(4, 8));
        assertThat(decorators.difficulty()).isEqualTo(Difficulty.INTERMEDIATE);
        assertThat(decorators.prerequisites()).containsExactly("closures");
        assertThat(decorators.tracks()).containsExactly("backend");
        assertThat(decorators.description().en())
                .isEqualTo("A decorator adds behaviour to a function without changing its body.");
        assertThat(decorators.resources())
                .containsExactly(
                        new Resource(ResourceKind.BOOK, "《流畅的 Python》", null, Difficulty.INTERMEDIATE, ""),
                        new Resource(
                                ResourceKind.DOC,
                                "functools — 高阶函数",
                                "https://docs.python.org/3/library/functools.html",
                                null,
                                "标准库里现成的装饰器。"));
    }

    @Test
    void keepsInlineMarkupAndPlainListsInDescriptions() {
        Roadmap roadmap = Fixtures.parse("""
                # T {#t}

                ## `dis` 模块 {#dis kind=topic}

                用 `dis.dis(f)` 看 **字节码**。

                - 第一步
                - 第二步
                """);

        Node dis = roadmap.nodes().getFirst();
        assertThat(dis.title().zh()).isEqualTo("`dis` 模块");
        assertThat(dis.kind()).isEqualTo(NodeKind.TOPIC);
        assertThat(dis.description().zh()).isEqualTo("用 `dis.dis(f)` 看 **字节码**。\n\n- 第一步\n- 第二步");
        assertThat(dis.resources()).isEmpty();
    }

    @Test
    void treatsATrailingBraceThatIsNotAnAttributeBlockAsPartOfTheTitle() {
        Roadmap roadmap =
                Fixtures.parse("# T {#t}\n\n## dict {} {#dict-literal en=\"The {} literal\"}\n\n- site: set {x} {}\n");

        Node node = roadmap.nodes().getFirst();
        assertThat(node.title()).isEqualTo(new Text("dict {}", "The {} literal"));
        assertThat(node.resources()).extracting(Resource::title).containsExactly("set {x}");
    }

    @Test
    void readsEnglishFirstRoadmaps() {
        Roadmap roadmap =
                Fixtures.parse("# Go {#go lang=en zh=\"Go 语言\"}\n\n## Basics {#basics zh=基础}\n\nSyntax.\n\n> 语法。\n");

        assertThat(roadmap.locale()).isEqualTo("en");
        assertThat(roadmap.title()).isEqualTo(new Text("Go 语言", "Go"));
        assertThat(roadmap.nodes())
                .extracting(Node::title, Node::description)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new Text("基础", "Basics"), new Text("语法。", "Syntax.")));
    }

    @Test
    void exportsTheExampleAndReadsItBackUnchanged() {
        Roadmap roadmap = Fixtures.read("roadmaps/example.md");

        assertThat(Fixtures.parse(MarkdownExporter.export(roadmap))).isEqualTo(roadmap);
        assertThat(List.of(MarkdownExporter.export(roadmap).split("\n")))
                .contains(
                        "### 装饰器 {#decorators en=Decorators hours=4-8 level=intermediate tracks=backend needs=closures}");
    }
}
