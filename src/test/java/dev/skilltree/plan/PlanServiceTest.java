package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.config.Transactions;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.progress.Status;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Stored plans over a real H2 database holding {@link SmallRoadmap}, with the learner's progress. */
class PlanServiceTest {

    @TempDir
    Path data;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private TestDatabase db;
    private ProgressService progress;
    private PlanService plans;
    private long learner;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        Transactions transactions = new Transactions(db.dataSource());
        RoadmapService roadmaps =
                transactions.around(RoadmapService.of(db.jdbc(), new JdbcTemplate(db.dataSource()), clock));
        roadmaps.install(SmallRoadmap.roadmap());
        progress = transactions.around(ProgressService.of(db.jdbc(), roadmaps, event -> {}, clock));
        plans = transactions.around(new PlanService(
                new PlanRepository(db.jdbc()),
                roadmaps,
                progress,
                clock,
                JsonMapper.builder().build()));
        learner = db.user("learner");
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void makesAPlanFromTodayWithoutTheTopicsDoneAndTheOneInProgressFirst() {
        progress.set(learner, "small", "syntax", Status.DONE);
        progress.set(learner, "small", "http", Status.LEARNING);

        PlanView made = plans.create(learner, settings(7.0, null));

        assertThat(made.version()).isEqualTo(1);
        assertThat(made.versions()).hasSize(1);
        assertThat(made.settings().start()).isEqualTo(today());
        assertThat(made.plan().start()).isEqualTo(today());
        assertThat(made.plan().item("syntax")).isEmpty();
        assertThat(made.plan().items().getFirst().topicId())
                .as("types is the only topic ready, http is in progress but needs it")
                .isEqualTo("types");
        assertThat(made.plan().items().get(1).topicId()).isEqualTo("http");
        assertThat(made.complete()).containsExactly("syntax");
        assertThat(made.today()).isEqualTo(today());
        assertThat(plans.get(learner, made.id())).isEqualTo(made);
        assertThat(plans.active(learner)).hasValue(made);
    }

    @Test
    void theFiguresFollowProgressWithoutARePlan() {
        PlanView made = plans.create(learner, settings(7.0, null));
        clock.advance(Duration.ofDays(2));

        progress.set(learner, "small", "syntax", Status.DONE);
        PlanView read = plans.get(learner, made.id());

        assertThat(read.version()).isEqualTo(1);
        assertThat(read.plan()).as("the schedule of the version stored").isEqualTo(made.plan());
        assertThat(read.complete()).containsExactly("syntax");
        assertThat(read.progress().plannedMinutes())
                .as("the two days before today")
                .isEqualTo(120);
        assertThat(read.progress().doneMinutes()).isEqualTo(120);
        assertThat(made.progress().plannedMinutes())
                .as("nothing planned before the first day")
                .isZero();
    }

    @Test
    void aReplanStartsTodayWithTheProgressNowTakesTheChangesAndKeepsTheRest() {
        PlanView made = plans.create(
                learner,
                new PlanSettings(
                        "small", List.of("web"), null, 7.0, null, null, null, List.of(today().plusDays(20)), null));
        clock.advance(Duration.ofDays(7));
        progress.set(learner, "small", "syntax", Status.DONE);

        PlanView replanned = plans.replan(learner, made.id(), Map.of("hoursPerWeek", 14.0));

        assertThat(replanned.id()).isEqualTo(made.id());
        assertThat(replanned.version()).isEqualTo(2);
        assertThat(replanned.versions()).hasSize(2);
        assertThat(replanned.settings().hoursPerWeek()).isEqualTo(14.0);
        assertThat(replanned.settings().tracks()).containsExactly("web");
        assertThat(replanned.settings().daysOff())
                .containsExactly(made.settings().start().plusDays(20));
        assertThat(replanned.plan().start()).isEqualTo(today());
        assertThat(replanned.plan().item("syntax")).isEmpty();
        assertThat(replanned.plan().item("pandas")).as("not in the web track").isEmpty();
        assertThat(plans.active(learner).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aReplanKeepsAStartStillToComeUnlessItIsChanged() {
        LocalDate later = today().plusDays(14);
        PlanView made = plans.create(learner, settings(7.0, later));

        PlanView kept = plans.replan(learner, made.id(), Map.of());
        PlanView moved = plans.replan(
                learner, made.id(), Map.of("start", today().plusDays(3).toString()));

        assertThat(kept.plan().start()).isEqualTo(later);
        assertThat(moved.plan().start()).isEqualTo(today().plusDays(3));
        assertThat(moved.version()).isEqualTo(3);
    }

    @Test
    void aReplanRefusesAnotherRoadmapAPassedTargetAndSettingsItCannotRead() {
        PlanView made = plans.create(
                learner, new PlanSettings("small", null, null, 7.0, null, null, today().plusDays(30), null, null));
        clock.advance(Duration.ofDays(40));

        assertInvalid(
                () -> plans.replan(learner, made.id(), Map.of("roadmap", "other")), "roadmap", "keeps its roadmap");
        assertInvalid(() -> plans.replan(learner, made.id(), Map.of()), "target", "has passed");
        assertInvalid(
                () -> plans.replan(learner, made.id(), Map.of("hoursPerWeek", "many")), "settings", "cannot be read");
        assertThat(plans.get(learner, made.id()).version()).isEqualTo(1);
    }

    @Test
    void refusesARoadmapThatDoesNotExistAndAnotherLearnersPlan() {
        PlanView mine = plans.create(learner, settings(7.0, null));
        long other = db.user("other");

        assertInvalid(
                () -> plans.create(learner, new PlanSettings("nope", null, null, 7.0, null, null, null, null, null)),
                "roadmap",
                "no roadmap 'nope'");
        assertThatThrownBy(() -> plans.get(other, mine.id()))
                .isInstanceOf(PlanNotFound.class)
                .hasMessage("You have no plan " + mine.id() + ".");
        assertThatThrownBy(() -> plans.replan(other, mine.id(), Map.of())).isInstanceOf(PlanNotFound.class);
        assertThat(plans.active(other)).isEmpty();
    }

    private static PlanSettings settings(double hoursPerWeek, LocalDate start) {
        return new PlanSettings("small", null, null, hoursPerWeek, null, start, null, null, null);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    private static void assertInvalid(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidPlan.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
