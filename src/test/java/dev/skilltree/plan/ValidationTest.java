package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static dev.skilltree.plan.Fixtures.PLANNER;
import static dev.skilltree.plan.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void rejectsAPlanThatWouldRunPastTenYears() {
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            topics.add(Topic.of("t" + i, i, 6, 6));
        }
        PlanRequest request = PlanRequest.of(topics, StudyWeek.hoursPerWeek(1), MONDAY);

        assertInvalid(() -> PLANNER.plan(request), "hoursPerWeek", "past 10 years");
    }

    @Test
    void rejectsABadEstimate() {
        assertInvalid(() -> Topic.of("a", 0, 3, 2), "estimate", "0 <= min <= max");
        assertInvalid(() -> Topic.of("a", 0, -1, 2), "estimate", "0 <= min <= max");
    }

    @Test
    void rejectsAMilestoneWithStudyHours() {
        assertInvalid(
                () -> new Topic("m", 0, new HoursRange(1, 2), List.of(), true), "topics[m].estimate", "milestone");
    }

    private static void assertInvalid(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidPlan.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field + ": ").contains(message);
        });
    }
}
