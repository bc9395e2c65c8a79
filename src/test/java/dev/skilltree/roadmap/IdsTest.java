package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void acceptsLowerCaseWordsJoinedBySingleDashes() {
        assertThat(Ids.isValid("a")).isTrue();
        assertThat(Ids.isValid("python-3-advanced")).isTrue();
        assertThat(Ids.isValid("x".repeat(Ids.MAX_LENGTH))).isTrue();
    }

    @Test
    void refusesAnythingElse() {
        assertThat(Ids.isValid(null)).isFalse();
        assertThat(Ids.isValid("")).isFalse();
        assertThat(Ids.isValid("Python")).isFalse();
        assertThat(Ids.isValid("-a")).isFalse();
        assertThat(Ids.isValid("a-")).isFalse();
        assertThat(Ids.isValid("a--b")).isFalse();
        assertThat(Ids.isValid("a_b")).isFalse();
        assertThat(Ids.isValid("a b")).isFalse();
        assertThat(Ids.isValid("装饰器")).isFalse();
        assertThat(Ids.isValid("x".repeat(Ids.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void slugsTheAsciiWordsOfATitleSkippingBareNumbers() {
        assertThat(Ids.slug("Python 3.12 新特性 and GIL", 6)).isEqualTo("python-and-gil");
        assertThat(Ids.slug("CPython 内部结构：Bytecode & Frames", 6)).isEqualTo("cpython-bytecode-frames");
        assertThat(Ids.slug("Café", 6)).isEqualTo("cafe");
    }

    @Test
    void keepsBareNumbersWhenAsked() {
        assertThat(Ids.slug("Python 3.12 and GIL", 6, true)).isEqualTo("python-3-12-and-gil");
        assertThat(Ids.slug("2024", 3, true)).isEqualTo("2024");
    }

    @Test
    void stopsAtTheWordLimitAndAtFortyCharacters() {
        assertThat(Ids.slug("one two three four", 3)).isEqualTo("one-two-three");
        assertThat(Ids.slug("aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd", 6))
                .isEqualTo("aaaaaaaaaa-bbbbbbbbbb-cccccccccc");
        assertThat(Ids.slug("x".repeat(45), 6)).isEmpty();
    }

    @Test
    void givesAnEmptySlugForTitlesWithoutAsciiWords() {
        assertThat(Ids.slug("并发编程", 3)).isEmpty();
        assertThat(Ids.slug("2024 · 1.0", 3)).isEmpty();
    }
}
