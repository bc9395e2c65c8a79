package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributesTest {

    @Test
    void splitsTheTitleFromItsIdAndValuesInWrittenOrder() {
        Attributes.Split split = Attributes.split("  Decorators {#decorators hours=4-8 level=intermediate}  ");

        assertThat(split.text()).isEqualTo("Decorators");
        assertThat(split.attributes().id()).isEqualTo("decorators");
        assertThat(split.attributes().values())
                .containsExactly(Map.entry("hours", "4-8"), Map.entry("level", "intermediate"));
    }

    @Test
    void readsQuotedValuesWithSpacesBracesAndEscapes() {
        Attributes.Split split = Attributes.split("T { #t en=\"The \\\"{}\\\" literal\" zh=\"a \\\\ b\" }");

        assertThat(split.text()).isEqualTo("T");
        assertThat(split.attributes().values())
                .containsExactly(Map.entry("en", "The \"{}\" literal"), Map.entry("zh", "a \\ b"));
    }

    @Test
    void leavesALineWithoutABlockWhole() {
        Attributes.Split split = Attributes.split("Closures and scopes");

        assertThat(split.text()).isEqualTo("Closures and scopes");
        assertThat(split.attributes()).isSameAs(Attributes.NONE);
    }

    @Test
    void keepsBracesThatAreNotAnAttributeBlockInTheText() {
        assertThat(Attributes.split("dict {} {#dict-literal}").text()).isEqualTo("dict {}");
        assertThat(Attributes.split("Sets {a b}").attributes()).isSameAs(Attributes.NONE);
        assertThat(Attributes.split("Sets {a b}").text()).isEqualTo("Sets {a b}");
    }

    @Test
    void refusesMalformedBlocks() {
        assertThat(Attributes.split("A {#a #b}").attributes()).as("two ids").isSameAs(Attributes.NONE);
        assertThat(Attributes.split("A {#a k=1 k=2}").attributes())
                .as("repeated key")
                .isSameAs(Attributes.NONE);
        assertThat(Attributes.split("A {#a k=\"open}").attributes())
                .as("open quote")
                .isSameAs(Attributes.NONE);
        assertThat(Attributes.split("A {#a k=1x=2}").attributes())
                .as("no space")
                .isSameAs(Attributes.NONE);
        assertThat(Attributes.split("A {#}").attributes()).as("empty id").isSameAs(Attributes.NONE);
    }

    @Test
    void formatsPlainValuesBareAndQuotesTheRest() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("en", "Decorators");
        values.put("zh", "装饰 器");
        values.put("note", "say \"hi\" \\ #1");
        values.put("empty", "");

        assertThat(Attributes.format("decorators", values))
                .isEqualTo("{#decorators en=Decorators zh=\"装饰 器\" note=\"say \\\"hi\\\" \\\\ #1\" empty=\"\"}");
        assertThat(Attributes.format(null, Map.of())).isEqualTo("{}");
    }

    @Test
    void readsBackWhatItFormats() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("en", "The {} literal");
        values.put("url", "https://example.org/a?b=c#d");
        values.put("quote", "\"\\\"");

        Attributes.Split split = Attributes.split("Title " + Attributes.format("an-id", values));

        assertThat(split.text()).isEqualTo("Title");
        assertThat(split.attributes()).isEqualTo(new Attributes("an-id", values));
    }
}
