package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void writesWholePercentagesWithoutDecimals() {
        assertThat(Formats.percent(0)).isEqualTo("0%");
        assertThat(Formats.percent(50)).isEqualTo("50%");
        assertThat(Formats.percent(100)).isEqualTo("100%");
    }

    @Test
    void keepsOneDecimalSoThatEarlyProgressDoesNotReadAsNone() {
        assertThat(Formats.percent(0.5)).isEqualTo("0.5%");
        assertThat(Formats.percent(100.0 / 3)).isEqualTo("33.3%");
    }

    @Test
    void writesTimesInUtcToTheMinute() {
        assertThat(Formats.dateTime(Instant.parse("2026-11-21T17:10:59.999Z"))).isEqualTo("2026-11-21 17:10 UTC");
        assertThat(Formats.dateTime(Instant.parse("2027-01-02T03:04:00Z"))).isEqualTo("2027-01-02 03:04 UTC");
    }

    @Test
    void showsInlineCodeInPageTitlesAsCodeAndEscapesTheRest() {
        assertThat(Formats.titleHtml("变量 - `type` 函数 <b>")).isEqualTo("变量 - <code>type</code> 函数 &lt;b&gt;");
        assertThat(Formats.titleHtml("`<script>` & co")).isEqualTo("<code>&lt;script&gt;</code> &amp; co");
        assertThat(Formats.titleHtml("it`s")).isEqualTo("it`s");
    }

    @Test
    void dropsTheBackticksOfInlineCodeFromPlainTitles() {
        assertThat(Formats.plainTitle("`dis` 模块与 `ast`")).isEqualTo("dis 模块与 ast");
        assertThat(Formats.plainTitle("it`s")).isEqualTo("it`s");
        assertThat(Formats.plainTitle(null)).isEmpty();
    }
}
