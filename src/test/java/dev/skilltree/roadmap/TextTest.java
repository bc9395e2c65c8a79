package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void turnsMissingLanguagesIntoEmptyText() {
        Text text = new Text(null, null);

        assertThat(text).isEqualTo(Text.EMPTY);
        assertThat(text.isEmpty()).isTrue();
        assertThat(new Text("", "x").isEmpty()).isFalse();
    }

    @Test
    void placesPrimaryAndSecondaryByTheDocumentsLanguage() {
        assertThat(Text.of("zh", "装饰器", "Decorators")).isEqualTo(new Text("装饰器", "Decorators"));
        assertThat(Text.of("en", "Decorators", "装饰器")).isEqualTo(new Text("装饰器", "Decorators"));
    }

    @Test
    void answersInTheAskedLanguageAndFallsBackToTheOther() {
        Text both = new Text("装饰器", "Decorators");
        Text onlyZh = new Text("装饰器", "");
        Text onlyEn = new Text("", "Decorators");

        assertThat(both.in("en")).isEqualTo("Decorators");
        assertThat(both.in("zh")).isEqualTo("装饰器");
        assertThat(onlyZh.in("en")).isEqualTo("装饰器");
        assertThat(onlyEn.in("zh")).isEqualTo("Decorators");
    }

    @Test
    void namesPrimaryAndSecondaryWithoutFallingBack() {
        Text onlyZh = new Text("装饰器", "");

        assertThat(onlyZh.primary("zh")).isEqualTo("装饰器");
        assertThat(onlyZh.secondary("zh")).isEmpty();
        assertThat(onlyZh.primary("en")).isEmpty();
        assertThat(onlyZh.secondary("en")).isEqualTo("装饰器");
    }
}
