package dev.skilltree.plan;

import java.time.LocalDate;

/** A plan request that cannot be planned; {@link #field()} names the input at fault. */
public final class InvalidPlan extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    private InvalidPlan(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public static InvalidPlan field(String field, String message) {
        return new InvalidPlan(field, message);
    }

    static InvalidPlan missingPrerequisite(String topic, String prerequisite) {
        return field(
                "topics[" + topic + "].prerequisites",
                "topic '" + topic + "' needs '" + prerequisite + "', which is neither in the plan nor done or skipped");
    }

    static InvalidPlan cycle(String topic) {
        return field("topics", "prerequisites form a cycle through '" + topic + "'");
    }

    static InvalidPlan tooLong(LocalDate start, LocalDate limit) {
        return field(
                "hoursPerWeek",
                "the plan would run past 10 years (after " + limit + " from a start on " + start
                        + "); study more hours per week or plan fewer topics");
    }

    public String field() {
        return field;
    }
}
