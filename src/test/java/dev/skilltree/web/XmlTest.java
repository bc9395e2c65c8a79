package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void escapesEveryMarkupCharacter() {
        assertThat(Xml.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
    }

    @Test
    void dropsControlCharactersButKeepsWhitespaceAndText() {
        assertThat(Xml.escape("a\u0000b\u0007c\u001Fd")).isEqualTo("abcd");
        assertThat(Xml.escape("tab\there\nline\r装饰器 🐍")).isEqualTo("tab\there\nline\r装饰器 🐍");
    }
}
