package dev.skilltree.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

final class PaceTracker {

    static final Duration WINDOW = Duration.ofDays(28);
    private static final double WINDOW_WEEKS = 4;

    private PaceTracker() {}

    /** Completions after {@code now} are ignored; a topic completed twice counts once. */
    static PaceReport measure(PlanRequest request, Iterable<CompletionEvent> history, Instant now, ZoneId zone) {
        Map<String, Topic> topics =
                request.topics().stream().collect(Collectors.toMap(Topic::id, Function.identity(), (a, b) -> a));
        Set<String> completed = new HashSet<>();
        Set<String> recent = new HashSet<>();
        Instant windowStart = now.minus(WINDOW);
        for (CompletionEvent event : history) {
            if (!event.completedAt().isAfter(now)) {
                completed.add(event.topicId());
                if (event.completedAt().isAfter(windowStart)) {
                    recent.add(event.topicId());
                }
            }
        }
        long recentMinutes = recent.stream()
                .map(topics::get)
                .filter(t -> t != null)
                .mapToLong(t -> t.minutes(1.0))
                .sum();
        completed.addAll(request.state().done());
        LearnerState state = new LearnerState(
                completed, request.state().inProgress(), request.state().skipped());
        long remaining = request.topics().stream()
                .filter(t -> !state.finished(t.id()))
                .mapToLong(t -> t.minutes(1.0))
                .sum();
        long weeklyMinutes = Math.round(recentMinutes / WINDOW_WEEKS);
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new PaceReport(
                Hours.of(weeklyMinutes), recentMinutes, remaining, project(request, state, today, weeklyMinutes));
    }

    private static Optional<LocalDate> project(
            PlanRequest request, LearnerState state, LocalDate today, long weeklyMinutes) {
        if (weeklyMinutes == 0) {
            return Optional.empty();
        }
        try {
            PlanRequest atPace = new PlanRequest(
                    request.topics(),
                    request.week().scaledTo(weeklyMinutes),
                    today,
                    null,
                    request.daysOff(),
                    1.0,
                    state);
            return Optional.of(ListScheduler.run(atPace).projectedFinish());
        } catch (InvalidPlan tooLong) {
            return Optional.empty();
        }
    }
}
