package dev.skilltree.plan;

import java.util.List;

/**
 * A topic of a roadmap.
 *
 * @param order         the topic's position in the roadmap; the last tie-breaker between ready topics
 * @param estimate      the estimated study hours, or null when the roadmap gives none
 * @param prerequisites ids of the topics that must be finished first
 * @param milestone     a challenge: no study hours of its own, dated when its last prerequisite finishes
 */
public record Topic(String id, int order, HoursRange estimate, List<String> prerequisites, boolean milestone) {

    public Topic {
        if (id == null || id.isBlank()) {
            throw InvalidPlan.field("topics[].id", "must not be blank");
        }
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        if (milestone && estimate != null) {
            throw InvalidPlan.field("topics[" + id + "].estimate", "a milestone has no study hours of its own");
        }
        if (prerequisites.contains(id)) {
            throw InvalidPlan.field("topics[" + id + "].prerequisites", "must not contain the topic itself");
        }
    }

    public static Topic of(String id, int order, double minHours, double maxHours, String... prerequisites) {
        return new Topic(id, order, new HoursRange(minHours, maxHours), List.of(prerequisites), false);
    }

    public static Topic unestimated(String id, int order, String... prerequisites) {
        return new Topic(id, order, null, List.of(prerequisites), false);
    }

    public static Topic milestone(String id, int order, String... prerequisites) {
        return new Topic(id, order, null, List.of(prerequisites), true);
    }

    /** Study minutes at the given pace; see {@link Planner#DEFAULT_TOPIC_HOURS}. */
    long minutes(double pace) {
        if (milestone) {
            return 0;
        }
        double hours = estimate == null ? Planner.DEFAULT_TOPIC_HOURS : estimate.midpoint();
        return Math.round(hours * pace * 60);
    }
}
