package dev.skilltree.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.review.fsrs.Rating;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void countsEachRatingOfTheSession() {
        Tally tally = Tally.NONE.with(Rating.GOOD).with(Rating.GOOD).with(Rating.AGAIN);

        assertThat(tally.of(Rating.GOOD)).isEqualTo(2);
        assertThat(tally.of(Rating.AGAIN)).isEqualTo(1);
        assertThat(tally.of(Rating.EASY)).isZero();
        assertThat(tally.total()).isEqualTo(3);
    }

    @Test
    void travelsWithTheFormsAsText() {
        Tally tally = new Tally(1, 2, 3, 4);

        assertThat(tally.toString()).isEqualTo("1,2,3,4");
        assertThat(Tally.parse(tally.toString())).isEqualTo(tally);
        assertThat(Tally.parse(" 1, 2 ,3,4 ")).isEqualTo(tally);
    }

    @Test
    void anUndoneRatingComesOffButNeverBelowZero() {
        assertThat(new Tally(0, 0, 1, 0).without(Rating.GOOD)).isEqualTo(Tally.NONE);
        assertThat(Tally.NONE.without(Rating.HARD)).isEqualTo(Tally.NONE);
    }

    @Test
    void anythingElseSentStartsFromNothingAndHugeCountsAreCapped() {
        assertThat(Tally.parse("")).isEqualTo(Tally.NONE);
        assertThat(Tally.parse("1,2,3")).isEqualTo(Tally.NONE);
        assertThat(Tally.parse("a,b,c,d")).isEqualTo(Tally.NONE);
        assertThat(Tally.parse("-5,0,0,0")).isEqualTo(Tally.NONE);
        assertThat(Tally.parse("999999999,0,0,0").of(Rating.AGAIN)).isEqualTo(100_000);
    }
}
