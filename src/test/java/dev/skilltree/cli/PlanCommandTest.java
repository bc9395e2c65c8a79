package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import dev.skilltree.support.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code skilltree plan}: a schedule from the built-in roadmap or a file, offline, as JSON, Markdown and iCalendar. */
class PlanCommandTest {

    @TempDir
    Path dir;

    @Test
    void plansADirectionWeekByWeekAndWritesJsonMarkdownAndCalendar() throws Exception {
        Path json = dir.resolve("plan.json");
        Path md = dir.resolve("plan.md");
        Path ics = dir.resolve("plan.ics");

        CliTest.Run run = CliTest.run(
                "plan",
                "--track",
                "backend",
                "--hours",
                "8",
                "--start",
                "2026-12-01",
                "--target",
                "2027-06-30",
                "--json",
                json.toString(),
                "--md",
                md.toString(),
                "--ics",
                ics.toString(),
                "--data",
                data());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Week of 2026-11-30")
                .contains("Not feasible")
                .contains("per week");
        JsonNode plan = Api.JSON.readTree(Files.readString(json));
        assertThat(plan.get("start").asString()).isEqualTo("2026-12-01");
        assertThat(plan.get("weeks").get(0).get("items").get(0).get("node").asString())
                .isEqualTo("basics-variables");
        assertThat(plan.get("target").get("feasible").asBoolean()).isFalse();
        assertThat(plan.get("items").findValuesAsString("node"))
                .contains("flask-blueprints")
                .doesNotContain("numpy-array-ops");
        assertThat(Files.readString(md))
                .startsWith("# ")
                .contains("## Week of 2026-11-30")
                .contains("- [ ] ");
        List<VEvent> events = Biweekly.parse(Files.readString(ics)).first().getEvents();
        assertThat(events).isNotEmpty();
        assertThat(events.getFirst().getUid().getValue()).isEqualTo("basics-variables-1@skilltree");
    }

    @Test
    void keepsEachStudyBlocksUidWhenPlannedAgainFromALaterDay() throws Exception {
        Path first = dir.resolve("first.ics");
        Path later = dir.resolve("later.ics");
        CliTest.run("plan", "--hours", "6", "--start", "2026-12-01", "--ics", first.toString(), "--data", data());
        CliTest.run("plan", "--hours", "6", "--start", "2026-12-08", "--ics", later.toString(), "--data", data());

        ICalendar before = Biweekly.parse(Files.readString(first)).first();
        ICalendar after = Biweekly.parse(Files.readString(later)).first();
        VEvent moved = after.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("basics-variables-1@skilltree"))
                .findFirst()
                .orElseThrow();

        assertThat(before.getEvents()).extracting(e -> e.getUid().getValue()).doesNotHaveDuplicates();
        assertThat(moved.getDateStart().getValue())
                .isAfter(before.getEvents().getFirst().getDateStart().getValue());
    }

    @Test
    void plansARoadmapFileAndSaysWhatGoalsPullIn() throws Exception {
        Path roadmap = Files.writeString(dir.resolve("mine.md"), """
                # Mine {#mine en="Mine"}

                ## Basics {#basics en="Basics" hours=2}

                ## Goal {#goal en="Goal" hours=3 needs=basics}
                """);

        CliTest.Run run = CliTest.run(
                "plan", "--roadmap", roadmap.toString(), "--goal", "goal", "--hours", "5", "--start", "2026-12-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 topics").contains("need them: basics");
    }

    @Test
    void refusesBadInputWithTheFieldAndExits2() {
        CliTest.Run zero = CliTest.run("plan", "--hours", "0", "--data", data());
        CliTest.Run track = CliTest.run("plan", "--hours", "8", "--track", "nope", "--data", data());
        CliTest.Run pace = CliTest.run("plan", "--hours", "8", "--pace", "3", "--data", data());

        assertThat(zero.exitCode()).isEqualTo(2);
        assertThat(zero.err()).contains("hoursPerWeek: must be more than 0");
        assertThat(track.err()).contains("tracks: no track 'nope'");
        assertThat(pace.err()).contains("pace: must be between 0.5 and 2.0");
    }

    private String data() {
        return dir.resolve("data").toString();
    }
}
