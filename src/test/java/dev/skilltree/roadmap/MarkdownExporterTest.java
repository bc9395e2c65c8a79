package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest {

    @Test
    void writesTheAuthoringFormatLeavingOutWhatTheReaderInfers() {
        assertThat(MarkdownExporter.export(python())).isEqualTo("""
                # Python 进阶 {#py en="Advanced Python" version=2}

                一条路线。

                > A path.

                - track: 后端 {#backend en=Backend}

                  做服务。

                  > Build services.

                ## 基础 {#basics en=Basics}

                先学语法。

                再学标准库。

                ### 闭包 {#closures hours=4-8 level=intermediate tracks=backend}

                - book: 《流畅的 Python》 {level=intermediate}
                - doc: functools {url=https://docs.python.org/3/library/functools.html}

                  标准库。


                ### 装饰器 {#decorators kind=project hours=6 needs=closures}
                """);
    }

    @Test
    void writesWhatTheReaderReadsBackUnchanged() {
        assertThat(Fixtures.parse(MarkdownExporter.export(python()))).isEqualTo(python());
    }

    @Test
    void writesEnglishFirstRoadmapsWithTheirLanguageAndChineseAsTheSecond() {
        Node basics = new Node(
                "basics",
                NodeKind.STAGE,
                null,
                new Text("基础", "Basics"),
                new Text("语法。", "Syntax.\n\nTypes."),
                null,
                null,
                List.of(),
                List.of(),
                List.of());
        Roadmap go = new Roadmap("go", new Text("Go 语言", "Go"), "en", Text.EMPTY, 1, List.of(), List.of(basics));

        assertThat(MarkdownExporter.export(go)).isEqualTo("""
                # Go {#go lang=en zh="Go 语言"}

                ## Basics {#basics zh=基础}

                Syntax.

                Types.

                > 语法。
                """);
    }

    @Test
    void marksBracesInAResourceTitleWithAnEmptyBlock() {
        Node node = new Node(
                "sets",
                NodeKind.STAGE,
                null,
                new Text("集合", ""),
                Text.EMPTY,
                null,
                null,
                List.of(),
                List.of(),
                List.of(new Resource(ResourceKind.SITE, "set {x}", null, null, "")));
        Roadmap roadmap = new Roadmap("t", new Text("T", ""), "zh", Text.EMPTY, 1, List.of(), List.of(node));

        assertThat(MarkdownExporter.export(roadmap)).contains("\n- site: set {x} {}\n");
        assertThat(Fixtures.parse(MarkdownExporter.export(roadmap))).isEqualTo(roadmap);
    }

    @Test
    void quotesEveryLineOfASecondLanguageParagraph() {
        Roadmap roadmap = new Roadmap(
                "t",
                new Text("T", ""),
                "zh",
                new Text("", "First.\n\nSecond."),
                1,
                List.of(),
                List.of(Nodes.node("a", NodeKind.STAGE, null)));

        assertThat(MarkdownExporter.export(roadmap)).startsWith("# T {#t}\n\n> First.\n>\n> Second.\n\n## a {#a}");
    }

    static Roadmap python() {
        Track backend = new Track("backend", new Text("后端", "Backend"), new Text("做服务。", "Build services."));
        Node basics = new Node(
                "basics",
                NodeKind.STAGE,
                null,
                new Text("基础", "Basics"),
                new Text("先学语法。\n\n再学标准库。", ""),
                null,
                null,
                List.of(),
                List.of(),
                List.of());
        Node closures = new Node(
                "closures",
                NodeKind.AREA,
                "basics",
                new Text("闭包", ""),
                Text.EMPTY,
                new Estimate(4, 8),
                Difficulty.INTERMEDIATE,
                List.of("backend"),
                List.of(),
                List.of(
                        new Resource(ResourceKind.BOOK, "《流畅的 Python》", null, Difficulty.INTERMEDIATE, ""),
                        new Resource(
                                ResourceKind.DOC,
                                "functools",
                                "https://docs.python.org/3/library/functools.html",
                                null,
                                "标准库。")));
        Node decorators = new Node(
                "decorators",
                NodeKind.PROJECT,
                "basics",
                new Text("装饰器", ""),
                Text.EMPTY,
                new Estimate(6, 6),
                null,
                List.of(),
                List.of("closures"),
                List.of());
        return new Roadmap(
                "py",
                new Text("Python 进阶", "Advanced Python"),
                "zh",
                new Text("一条路线。", "A path."),
                2,
                List.of(backend),
                List.of(basics, closures, decorators));
    }
}
