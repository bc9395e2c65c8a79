package dev.skilltree.plan;

import static dev.skilltree.plan.Fixtures.MONDAY;
import static dev.skilltree.plan.Fixtures.hoursEveryDay;
import static dev.skilltree.plan.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanRequestTest {

    @Test
    void rejectsAStartDateAfterTheTargetDate() {
        assertInvalid(
                () -> request(hoursEveryDay(1)).withTarget(MONDAY.minusDays(1)), "start", "after the target date");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.49, 2.01, 0, Double.NaN})
    void rejectsAPaceOutsideHalfToDouble(double pace) {
        assertInvalid(() -> request(hoursEveryDay(1)).withPace(pace), "pace", "between 0.5 and 2.0");
    }

    @Test
    void acceptsThePaceBounds() {
        assertThat(request(hoursEveryDay(1)).withPace(0.5).withPace(2.0).pace()).isEqualTo(2.0);
    }

    @Test
    void refusesARequestWithoutAStartDate() {
        assertInvalid(() -> request(hoursEveryDay(1)).withStart(null), "start", "must be given");
    }

    @Test
    void startsWithoutATargetDaysOffOrProgressAtThePaceEstimated() {
        PlanRequest request = PlanRequest.of(List.of(Topic.of("a", 0, 1, 1)), hoursEveryDay(1), MONDAY);

        assertThat(request.target()).isNull();
        assertThat(request.daysOff()).isEmpty();
        assertThat(request.pace()).isEqualTo(1.0);
        assertThat(request.state()).isEqualTo(LearnerState.empty());
    }

    @Test
    void eachChangeKeepsTheRestOfTheRequest() {
        PlanRequest request = request(hoursEveryDay(1), Topic.of("a", 0, 1, 1))
                .withTarget(MONDAY.plusWeeks(4))
                .withDaysOff(Set.of(MONDAY.plusDays(1)))
                .withPace(1.5)
                .withState(LearnerState.of(Set.of("done"), Set.of("a")))
                .withWeek(hoursEveryDay(2))
                .withStart(MONDAY.plusDays(2));

        assertThat(request)
                .isEqualTo(new PlanRequest(
                        List.of(Topic.of("a", 0, 1, 1)),
                        hoursEveryDay(2),
                        MONDAY.plusDays(2),
                        MONDAY.plusWeeks(4),
                        Set.of(MONDAY.plusDays(1)),
                        1.5,
                        LearnerState.of(Set.of("done"), Set.of("a"))));
    }

    @Test
    void readsMissingDaysOffAndStateAsNone() {
        PlanRequest request = new PlanRequest(List.of(), hoursEveryDay(1), MONDAY, null, null, 1.0, null);

        assertThat(request.daysOff()).isEmpty();
        assertThat(request.state()).isEqualTo(LearnerState.empty());
    }

    private static void assertInvalid(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidPlan.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith(field + ": ").contains(message);
        });
    }
}
