package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLinesTest {

    @Test
    void measuresCjkCharactersWideAndLatinNarrow() {
        assertThat(LabelLines.textWidth("ab中")).isEqualTo(7.5 + 7.5 + 14);
        assertThat(LabelLines.titleWidth(new Text("中文", "abcde"))).isEqualTo(37.5);
        assertThat(LabelLines.titleWidth(new Text("中文标题", "abc"))).isEqualTo(56);
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        assertThat(LabelLines.lines("一二三四五六七，八九", 7 * 14)).containsExactly("一二三四五六", "七，八九");
    }

    @Test
    void breaksAfterSlashesAndSplitsOnlyAWordThatFitsNowhere() {
        assertThat(LabelLines.lines("asyncio/trio/anyio structured concurrency", 100))
                .containsExactly("asyncio/trio/", "anyio", "structured", "concurrency");
        assertThat(LabelLines.lines("Supercalifragilisticexpialidocious", 100))
                .containsExactly("Supercalifrag", "ilisticexpial", "idocious");
    }

    @Test
    void wrapsALongTitleIntoAsManyLinesAsItNeedsWithoutCuttingIt() {
        String title = "File I/O, exceptions, functional programming, generators and iterators";

        List<String> lines = LabelLines.lines(title, 196);

        assertThat(String.join(" ", lines)).isEqualTo(title);
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(LabelLines.textWidth(line))
                .isLessThanOrEqualTo(196));
        assertThat(LabelLines.lines("多进程、线程、协程（concurrent.futures、multiprocessing、asyncio）", 196))
                .allSatisfy(line -> assertThat(LabelLines.textWidth(line)).isLessThanOrEqualTo(196))
                .doesNotContain("…")
                .hasSizeGreaterThan(1);
    }

    @Test
    void keepsAShortTitleOnOneTrimmedLine() {
        assertThat(LabelLines.lines("  Sets  ", 100)).containsExactly("Sets");
    }

    @Test
    void measuresKanaHangulAndFullwidthFormsWideLikeHanzi() {
        assertThat(LabelLines.charWidth('あ')).isEqualTo(14);
        assertThat(LabelLines.charWidth('한')).isEqualTo(14);
        assertThat(LabelLines.charWidth('Ａ')).isEqualTo(14);
        assertThat(LabelLines.charWidth('（')).isEqualTo(14);
        assertThat(LabelLines.charWidth('é')).isEqualTo(7.5);
    }

    @Test
    void measuresATitleWithoutItsCodeBackticks() {
        assertThat(LabelLines.plain("`asyncio` and `trio`")).isEqualTo("asyncio and trio");
        assertThat(LabelLines.plain(null)).isEmpty();
        assertThat(LabelLines.titleWidth(new Text("`中`", "`ab`"))).isEqualTo(15);
    }

    @Test
    void breaksAtSpacesAndAfterHyphens() {
        assertThat(LabelLines.lines("one two three", 60)).containsExactly("one two", "three");
        assertThat(LabelLines.lines("read-only-views", 60)).containsExactly("read-", "only-", "views");
    }

    @Test
    void keepsAnEmptyTitleAsOneEmptyLine() {
        assertThat(LabelLines.lines("   ", 100)).containsExactly("");
        assertThat(LabelLines.lines("", 100)).containsExactly("");
    }
}
