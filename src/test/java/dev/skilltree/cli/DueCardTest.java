package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A due card read in the learner's language, and in the other one where a side lacks a field. */
class DueCardTest {

    @Test
    void readsAFieldInTheLearnersLanguageElseInTheOther() {
        DueCard card = card(
                Map.of("en", "The GIL"),
                new DueCard.Side("为什么？", null, null, null),
                new DueCard.Side("Why?", "One thread at a time.", null, null));

        assertThat(card.in("zh", DueCard.Side::question)).isEqualTo("为什么？");
        assertThat(card.in("en", DueCard.Side::question)).isEqualTo("Why?");
        assertThat(card.in("zh", DueCard.Side::answer)).isEqualTo("One thread at a time.");
        assertThat(card.in("zh", DueCard.Side::why)).isNull();
    }

    @Test
    void titlesTheNodeInTheLearnersLanguageElseTheOtherElseByItsId() {
        assertThat(card(Map.of("zh", "全局解释器锁", "en", "The GIL"), null, null).title("zh"))
                .isEqualTo("全局解释器锁");
        assertThat(card(Map.of("en", "The GIL"), null, null).title("zh")).isEqualTo("The GIL");
        assertThat(card(Map.of("zh", " ", "en", ""), null, null).title("en")).isEqualTo("gil");
        assertThat(card(Map.of(), null, null).title("en")).isEqualTo("gil");
    }

    private static DueCard card(Map<String, String> titles, DueCard.Side zh, DueCard.Side en) {
        return new DueCard("c1", "python-advanced", "gil", titles, "concept", "new", zh, en, null, null, Map.of());
    }
}
