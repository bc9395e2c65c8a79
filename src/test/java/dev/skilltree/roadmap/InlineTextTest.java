package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class InlineTextTest {

    @Test
    void dropsEmphasisAndHtmlAndKeepsInlineCodeInBackticks() {
        InlineText text = InlineText.of(heading("## **Closures** and <em>the</em> `nonlocal` *keyword*"));

        assertThat(text.text()).isEqualTo("Closures and the `nonlocal` keyword");
        assertThat(text.links()).isEmpty();
    }

    @Test
    void keepsALinksTextAndCollectsItsTarget() {
        InlineText text = InlineText.of(heading("## [asyncio](https://docs.python.org/3/library/asyncio.html) basics"));

        assertThat(text.text()).isEqualTo("asyncio basics");
        assertThat(text.links())
                .containsExactly(new InlineText.Target("asyncio", "https://docs.python.org/3/library/asyncio.html"));
    }

    @Test
    void dropsImagesAndFoldsWhitespace() {
        InlineText text = InlineText.of(heading("##   Logo ![logo](logo.png)   and   name  "));

        assertThat(text.text()).isEqualTo("Logo and name");
    }

    @Test
    void theFirstLineOfAParagraphStopsAtItsLineBreak() {
        Node paragraph = Parser.builder()
                .build()
                .parse("Title `x`\nmore text on the next line\n")
                .getFirstChild();

        assertThat(InlineText.firstLineOf(paragraph).text()).isEqualTo("Title `x`");
        assertThat(InlineText.of(paragraph).text()).isEqualTo("Title `x` more text on the next line");
    }

    private static Node heading(String markdown) {
        return Parser.builder().build().parse(markdown).getFirstChild();
    }
}
