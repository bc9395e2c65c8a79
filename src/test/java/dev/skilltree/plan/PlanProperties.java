package dev.skilltree.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

class PlanProperties {

    private final Planner planner = new Planner();

    @Provide
    Arbitrary<PlanRequest> requests() {
        return RandomRoadmaps.requests();
    }

    @Property
    void capacityIsNeverExceededOnAnyDayOrInAnyWeek(@ForAll("requests") PlanRequest request) {
        PlanChecks.assertCapacityHolds(request, planner.plan(request));
    }

    @Property
    void neverStartsATopicBeforeItsPrerequisitesFinish(@ForAll("requests") PlanRequest request) {
        PlanChecks.assertPrerequisitesFinishFirst(request, planner.plan(request));
    }

    @Property
    void hoursScheduledEqualHoursEstimated(@ForAll("requests") PlanRequest request) {
        PlanChecks.assertHoursMatchEstimates(request, planner.plan(request));
    }

    @Property
    void aReadyTopicInProgressIsAlwaysStartedBeforeAnyOther(@ForAll("requests") PlanRequest request) {
        Plan plan = planner.plan(request);
        Map<String, Topic> topics = new HashMap<>();
        request.topics().forEach(t -> topics.put(t.id(), t));
        Set<String> started = new HashSet<>();
        for (PlanItem item : plan.items()) {
            boolean takesInProgress = request.state().inProgress().contains(item.topicId());
            List<String> readyInProgress = request.state().inProgress().stream()
                    .filter(id -> topics.containsKey(id) && !topics.get(id).milestone() && !started.contains(id))
                    .filter(id -> !request.state().finished(id))
                    .filter(id -> topics.get(id).prerequisites().stream()
                            .allMatch(p -> finished(p, request, topics, started)))
                    .toList();
            assertThat(takesInProgress || readyInProgress.isEmpty())
                    .as("%s started while %s in progress were ready", item.topicId(), readyInProgress)
                    .isTrue();
            started.add(item.topicId());
        }
    }

    private static boolean finished(String id, PlanRequest request, Map<String, Topic> topics, Set<String> started) {
        Topic topic = topics.get(id);
        return request.state().finished(id)
                || started.contains(id)
                || topic != null
                        && topic.milestone()
                        && topic.prerequisites().stream().allMatch(p -> finished(p, request, topics, started));
    }

    @Property
    void replanningAnUnchangedPlanChangesNothing(@ForAll("requests") PlanRequest request) {
        Plan plan = planner.plan(request);

        assertThat(planner.replan(request, request.start(), request.state())).isEqualTo(plan);
    }

    @Property
    void thePlanDoesNotDependOnTheOrderTopicsAreListedIn(@ForAll("requests") PlanRequest request, @ForAll long seed) {
        List<Topic> shuffled = new ArrayList<>(request.topics());
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(planner.plan(new PlanRequest(
                        shuffled,
                        request.week(),
                        request.start(),
                        request.target(),
                        request.daysOff(),
                        request.pace(),
                        request.state())))
                .isEqualTo(planner.plan(request));
    }

    @Property(tries = 300)
    void theHoursPerWeekNeededMakeTheTargetAndHalfAnHourLessDoesNot(
            @ForAll("requests") PlanRequest request, @ForAll @IntRange(max = 90) int targetOffset) {
        PlanRequest withTarget = request.withTarget(request.start().plusDays(targetOffset));
        TargetCheck check = planner.plan(withTarget).target().orElseThrow();
        Statistics.collect(
                check.feasible() ? "feasible" : check.hoursPerWeekNeeded().isPresent() ? "needs more" : "unreachable");
        Statistics.coverage(coverage -> coverage.check("needs more").percentage(p -> p > 15));
        if (check.feasible() || check.hoursPerWeekNeeded().isEmpty()) {
            return;
        }
        double needed = check.hoursPerWeekNeeded().getAsDouble();

        assertThat(finishWith(withTarget, needed)).isBeforeOrEqualTo(withTarget.target());
        if (needed - 0.5 >= request.week().hoursPerWeek()) {
            assertThat(finishWith(withTarget, needed - 0.5)).isAfter(withTarget.target());
        }
    }

    private LocalDate finishWith(PlanRequest request, double hoursPerWeek) {
        return planner.plan(request.withTarget(null).withWeek(request.week().scaledTo(Math.round(hoursPerWeek * 60))))
                .projectedFinish();
    }
}
