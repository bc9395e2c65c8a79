package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeIdsTest {

    @Test
    void makesIdsFromTheTitleWithChineseInPinyin() {
        NodeIds ids = new NodeIds();

        assertThat(ids.next(null, "Python 内部原理")).isEqualTo("python-nei-bu-yuan-li");
        assertThat(ids.next(null, "Day01~15 - 语言基础")).isEqualTo("day01-15-yu-yan-ji-chu");
        assertThat(ids.next(null, "Python 3 新特性")).isEqualTo("python-3-xin-te-xing");
    }

    @Test
    void keepsAtMostSixWords() {
        assertThat(new NodeIds().next(null, "CPython internals and the bytecode of 3.12"))
                .isEqualTo("cpython-internals-and-the-bytecode-of");
    }

    @Test
    void givesATopicTheSameIdWhateverComesBeforeIt() {
        NodeIds alone = new NodeIds();
        NodeIds afterOthers = new NodeIds();
        afterOthers.next(null, "装饰器");
        afterOthers.next(null, "生成器");

        assertThat(afterOthers.next(null, "元类")).isEqualTo(alone.next(null, "元类"));
    }

    @Test
    void tellsARepeatedTitleApartByItsParent() {
        NodeIds ids = new NodeIds();
        String advanced = ids.next(null, "高级编程技巧");
        String internals = ids.next(null, "Python 内部原理");

        assertThat(ids.next(internals, "高级编程技巧")).isEqualTo("python-nei-bu-yuan-li-gao-ji-bian-cheng-ji-qiao");
        assertThat(ids.next(null, "高级编程技巧")).isEqualTo(advanced + "-2");
        assertThat(ids.next(null, "高级编程技巧")).isEqualTo(advanced + "-3");
    }

    @Test
    void hashesATitleWithoutLettersOrDigits() {
        NodeIds ids = new NodeIds();

        String first = ids.next(null, "🐍 🎯");

        assertThat(first).matches("t-[0-9a-f]{8}");
        assertThat(new NodeIds().next(null, "🐍 🎯"))
                .as("the same for the same title")
                .isEqualTo(first);
        assertThat(new NodeIds().next(null, "🎯 🐍")).isNotEqualTo(first);
        assertThat(ids.next(null, "🐍 🎯")).isEqualTo(first + "-2");
    }

    @Test
    void keepsPrefixedIdsWithinTheLimit() {
        NodeIds ids = new NodeIds();
        String parent = "a-very-long-parent-id-that-goes-on-and-on-and-on-and-on-and-on";
        ids.next(null, "Python 内部原理");

        String prefixed = ids.next(parent, "Python 内部原理");
        String again = ids.next(parent, "Python 内部原理");

        assertThat(prefixed).startsWith("a-very-long-parent-id").hasSizeLessThanOrEqualTo(Ids.MAX_LENGTH);
        assertThat(again).isEqualTo(prefixed + "-2").hasSizeLessThanOrEqualTo(Ids.MAX_LENGTH);
        assertThat(Ids.isValid(prefixed) && Ids.isValid(again)).isTrue();
    }
}
