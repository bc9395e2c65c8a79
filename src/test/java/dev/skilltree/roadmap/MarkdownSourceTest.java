package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

class MarkdownSourceTest {

    @Test
    void placesEachBlockAtItsFileAndLine() {
        MarkdownSource source = new MarkdownSource(List.of(
                new SourceFile("00.md", "# Title\n\nfirst paragraph"),
                new SourceFile("10.md", "second paragraph\n\n## Part\n")));

        List<Node> blocks = MarkdownSource.children(source.document());

        assertThat(blocks)
                .extracting(n -> n.getClass().getSimpleName())
                .containsExactly("Heading", "Paragraph", "Paragraph", "Heading");
        assertThat(blocks)
                .extracting(source::location)
                .containsExactly(
                        new Location("00.md", 1),
                        new Location("00.md", 3),
                        new Location("10.md", 1),
                        new Location("10.md", 3));
        assertThat(source.firstSourceName()).isEqualTo("00.md");
    }

    @Test
    void readsWindowsAndOldMacLineEnds() {
        MarkdownSource source =
                new MarkdownSource(List.of(new SourceFile("crlf.md", "# T\r\n\r\none\r\ntwo\rthree\r\n")));

        Node paragraph = MarkdownSource.children(source.document()).get(1);

        assertThat(source.raw(paragraph)).isEqualTo("one\ntwo\nthree");
        assertThat(source.location(paragraph)).isEqualTo(new Location("crlf.md", 3));
    }

    @Test
    void givesTheRawSourceOfLinesWithoutContainerMarkers() {
        MarkdownSource source = new MarkdownSource(
                List.of(new SourceFile("t.md", "> quoted *text*\n> more\n\n- item `one`\n  continued\n- item two\n")));
        List<Node> blocks = MarkdownSource.children(source.document());
        Node quoted = ((BlockQuote) blocks.get(0)).getFirstChild();
        Node item = ((BulletList) blocks.get(1)).getFirstChild().getFirstChild();

        assertThat(source.firstLine(quoted)).isEqualTo("quoted *text*");
        assertThat(source.raw(quoted)).isEqualTo("quoted *text*\nmore");
        assertThat(source.firstLine(item)).isEqualTo("item `one`");
        assertThat(source.rawAfterFirstLine(item)).isEqualTo("continued");
        assertThat(source.raw(blocks.get(1))).isEqualTo("- item `one`\n  continued\n- item two");
    }

    @Test
    void joinsSeveralBlocksWithBlankLines() {
        MarkdownSource source = new MarkdownSource(List.of(new SourceFile("t.md", "one\n\n##\n\ntwo\n")));
        List<Block> blocks = MarkdownSource.children(source.document()).stream()
                .map(Block.class::cast)
                .toList();

        assertThat(blocks.get(1)).isInstanceOf(Heading.class);
        assertThat(source.raw(blocks.get(1))).isEqualTo("##");
        assertThat(source.raw(List.of(blocks.get(0), blocks.get(2)))).isEqualTo("one\n\ntwo");
    }

    @Test
    void parsesInlinesOnlyWhenAsked() {
        MarkdownSource source = new MarkdownSource(List.of(new SourceFile("t.md", "see https://docs.python.org/3/\n")));

        Paragraph before = (Paragraph) source.document().getFirstChild();
        assertThat(before.getFirstChild()).isNull();

        Paragraph after = (Paragraph) source.withInlines().document().getFirstChild();
        assertThat(MarkdownSource.children(after))
                .filteredOn(Link.class::isInstance)
                .extracting(n -> ((Link) n).getDestination())
                .containsExactly("https://docs.python.org/3/");
        assertThat(source.location(after)).isEqualTo(new Location("t.md", 1));
    }

    @Test
    void knowsABlankDocument() {
        assertThat(new MarkdownSource(List.of(new SourceFile("t.md", " \n\t\n"))).isBlank())
                .isTrue();
        assertThat(new MarkdownSource(List.of(new SourceFile("t.md", "x"))).isBlank())
                .isFalse();
    }
}
