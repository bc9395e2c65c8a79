package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code skilltree review simulate}: what FSRS-6 does with a sequence of ratings, for deck authors. */
class ReviewCommandTest {

    @Test
    void replaysTheKnownAnswerSequenceAtEachDueTime() {
        CliTest.Run run = CliTest.run(
                "review",
                "simulate",
                "--start",
                "2022-11-29T12:30:00Z",
                "--ratings",
                "good,good,good,good,good,good,again,again,good,good,good,good,good");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> intervals = run.out()
                .lines()
                .skip(1)
                .map(line -> line.replaceFirst(".*\\s(\\d+) d\\s.*", "$1"))
                .toList();
        assertThat(intervals).containsExactly("0", "2", "11", "46", "163", "498", "0", "0", "2", "4", "7", "12", "21");
    }

    @Test
    void reviewsAtTheGivenDayOffsets() {
        CliTest.Run run = CliTest.run(
                "review",
                "simulate",
                "--start",
                "2022-11-29T12:30:00Z",
                "--ratings",
                "good,good,good",
                "--offsets-days",
                "0,1,30");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2022-11-30T12:30:00Z").contains("2022-12-30T12:30:00Z");
    }

    @Test
    void refusesAnUnknownRatingOrMismatchedOffsets() {
        CliTest.Run rating = CliTest.run("review", "simulate", "--start", "2022-11-29T12:30:00Z", "--ratings", "meh");
        CliTest.Run offsets = CliTest.run(
                "review",
                "simulate",
                "--start",
                "2022-11-29T12:30:00Z",
                "--ratings",
                "good,good",
                "--offsets-days",
                "1");

        assertThat(rating.exitCode()).isEqualTo(2);
        assertThat(rating.err()).contains("unknown rating 'meh'");
        assertThat(offsets.err()).contains("one offset per rating");
    }
}
