package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.ListBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class ProseListsTest {

    @Test
    void aListOfSentencesIsProse() {
        assertThat(ProseLists.isProse(list("- 先理解变量作用域。\n- 再看闭包如何捕获变量！\n"))).isTrue();
        assertThat(ProseLists.isProse(list("- Read the chapter.\n- Then try the exercises?\n")))
                .isTrue();
        assertThat(ProseLists.isProse(list("- 装饰器，包括带参数的\n- 生成器；以及协程\n")))
                .as("clause breaks make sentences")
                .isTrue();
    }

    @Test
    void aListOfNamesIsTopics() {
        assertThat(ProseLists.isProse(list("- 闭包\n- 装饰器\n"))).isFalse();
        assertThat(ProseLists.isProse(list("- asyncio, aiohttp\n- requests, httpx\n")))
                .as("ASCII commas separate names, not clauses")
                .isFalse();
    }

    @Test
    void oneItemThatIsNotASentenceMakesTheListTopics() {
        assertThat(ProseLists.isProse(list("- 先理解变量作用域。\n- 闭包\n"))).isFalse();
    }

    @Test
    void anItemWithABoldOrColonLeadInIsATopic() {
        assertThat(ProseLists.isProse(list("- **元类**：创建类的类。\n"))).isFalse();
        assertThat(ProseLists.isProse(list("- 元类：创建类的类。\n"))).isFalse();
    }

    @Test
    void anItemWithAListInsideIsATopic() {
        assertThat(ProseLists.isProse(list("- 先理解变量作用域。\n  - 局部变量\n"))).isFalse();
    }

    @Test
    void oneDotEndsASentenceButTwoDoNot() {
        assertThat(ProseLists.isProse(list("- etc..\n"))).isFalse();
        assertThat(ProseLists.isProse(list("- vs.\n"))).isTrue();
    }

    private static ListBlock list(String markdown) {
        return (ListBlock) Parser.builder().build().parse(markdown).getFirstChild();
    }
}
