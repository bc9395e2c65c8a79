package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersEmphasisListsAndLinks() {
        assertThat(Markdown.toSafeHtml("Use **decorators**:\n\n- [docs](https://docs.python.org/3/)\n"))
                .contains("<strong>decorators</strong>")
                .contains("<li><a href=\"https://docs.python.org/3/\" rel=\"nofollow\">docs</a></li>");
    }

    @Test
    void showsRawHtmlAsText() {
        String html = Markdown.toSafeHtml("<script>alert(1)</script> and <b onclick=\"x()\">bold</b>");

        assertThat(html).doesNotContain("<script").doesNotContain("<b ").doesNotContain("onclick=\"");
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void dropsScriptLinks() {
        String html = Markdown.toSafeHtml("[click](javascript:alert(1)) <javascript:alert(2)>");

        assertThat(html).doesNotContainIgnoringCase("href=\"javascript").contains(">click</a>");
    }

    @Test
    void keepsCodeBlocksWithTheirKnownLanguagesOnly() {
        assertThat(Markdown.toSafeHtml("```python\nprint('<hi>')\n```\n"))
                .contains("<pre><code class=\"language-python\">print(&#39;&lt;hi&gt;&#39;)");
        assertThat(Markdown.toSafeHtml("```evil\" onmouseover=\"x\nx\n```\n"))
                .contains("<pre><code>")
                .doesNotContain("class=")
                .doesNotContain("onmouseover");
    }

    @Test
    void rendersTablesAndBareUrls() {
        String html = Markdown.toSafeHtml("| a | b |\n|---|---|\n| 1 | 2 |\n\nsee https://peps.python.org/pep-0008/\n");

        assertThat(html).contains("<table>").contains("<td>1</td>");
        assertThat(html).contains("href=\"https://peps.python.org/pep-0008/\"");
    }

    @Test
    void rendersNothingForNothing() {
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
        assertThat(Markdown.toSafeHtml("")).isEmpty();
    }
}
