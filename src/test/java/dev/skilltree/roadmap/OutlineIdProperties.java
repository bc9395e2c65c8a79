package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Ids of an outline come from titles, not positions: inserting a topic anywhere moves no other topic's id. */
class OutlineIdProperties {

    /** Words whose pinyin or spelling differ, so that two titles never make the same id by accident. */
    private static final List<String> WORDS = List.of(
            "装饰器", "生成器", "协程", "元类", "描述符", "闭包", "迭代器", "上下文", "内存", "线程", "进程", "网络", "asyncio", "typing", "pytest",
            "sockets", "Django", "Flask", "缓存", "日志");

    @Property(tries = 200)
    void insertingATopicKeepsEveryOtherId(@ForAll("outlines") Outline outline) {
        Map<String, String> before = ids(outline.markdown(-1));
        Map<String, String> after = ids(outline.markdown(outline.insertAt()));

        assertThat(after).containsAllEntriesOf(before).containsKey("新增主题 " + outline.insertAt());
    }

    @Provide
    Arbitrary<Outline> outlines() {
        Arbitrary<List<Integer>> depths =
                Arbitraries.integers().between(0, 2).list().ofMinSize(2).ofMaxSize(15);
        return depths.flatMap(d -> Combinators.combine(
                        Arbitraries.of(WORDS).list().ofSize(d.size()),
                        Arbitraries.integers().between(0, d.size() - 1))
                .as((words, at) -> new Outline(normalised(d), words, at)));
    }

    private static Map<String, String> ids(String markdown) {
        Map<String, String> ids = new HashMap<>();
        Fixtures.parse(markdown).nodes().forEach(n -> ids.put(n.title().zh(), n.id()));
        return ids;
    }

    /** Each item at most one level deeper than the one before it, as a list must be. */
    private static List<Integer> normalised(List<Integer> depths) {
        List<Integer> fixed = new ArrayList<>();
        int previous = -1;
        for (int d : depths) {
            int depth = Math.min(d, previous + 1);
            fixed.add(depth);
            previous = depth;
        }
        return fixed;
    }

    record Outline(List<Integer> depths, List<String> words, int insertAt) {

        /** The outline, with a new topic just before item {@code insert}, as its sibling (none when negative). */
        String markdown(int insert) {
            StringBuilder md = new StringBuilder("# 路线\n\n## 阶段\n\n");
            for (int i = 0; i < depths.size(); i++) {
                if (i == insert) {
                    md.append("  ".repeat(depths.get(i)))
                            .append("- 新增主题 ")
                            .append(insert)
                            .append('\n');
                }
                md.append("  ".repeat(depths.get(i)))
                        .append("- ")
                        .append(words.get(i))
                        .append(' ')
                        .append(i)
                        .append('\n');
            }
            return md.toString();
        }
    }
}
