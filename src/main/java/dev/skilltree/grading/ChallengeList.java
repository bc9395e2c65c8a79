package dev.skilltree.grading;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The challenge list page: the filters, the values each can take in the catalogue, and the challenges that match,
 * each with where the learner stands on it (not tried when signed out).
 */
public record ChallengeList(
        ChallengeFilter filter,
        List<Row> rows,
        List<String> series,
        List<Integer> stages,
        List<String> topics,
        List<String> directions,
        List<String> difficulties,
        List<String> kinds,
        int total) {

    public record Row(Challenge challenge, ChallengeStanding standing) {}

    static ChallengeList of(List<Challenge> all, ChallengeFilter filter, Map<String, ChallengeStanding> standings) {
        return new ChallengeList(
                filter,
                filter.apply(all).stream()
                        .map(c -> new Row(c, standings.getOrDefault(c.slug(), ChallengeStanding.NOT_TRIED)))
                        .toList(),
                ChallengeTags.SERIES,
                values(all, c -> c.tags().stage() == 0 ? null : c.tags().stage()),
                values(all, c -> c.tags().topic().isEmpty() ? null : c.tags().topic()),
                values(
                        all,
                        c -> c.tags().direction().isEmpty() ? null : c.tags().direction()),
                List.of("beginner", "intermediate", "advanced"),
                values(all, c -> c.kind().code()),
                all.size());
    }

    /**
     * The challenge after {@code slug} in list order that the learner has not passed, or else the first such one
     * before it; empty when every other challenge is passed.
     */
    static java.util.Optional<Challenge> nextAfter(
            List<Challenge> all, String slug, Map<String, ChallengeStanding> standings) {
        List<Challenge> ordered = ChallengeFilter.ALL.apply(all);
        int at = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).slug().equals(slug)) {
                at = i;
            }
        }
        for (int step = 1; step < ordered.size(); step++) {
            Challenge candidate = ordered.get((at + step) % ordered.size());
            if (standings.get(candidate.slug()) != ChallengeStanding.PASSED
                    && !candidate.slug().equals(slug)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }

    /** How many of the challenges shown the learner has passed. */
    public long passed() {
        return rows.stream()
                .filter(r -> r.standing() == ChallengeStanding.PASSED)
                .count();
    }

    private static <T extends Comparable<T>> List<T> values(List<Challenge> all, Function<Challenge, T> value) {
        return List.copyOf(all.stream()
                .map(value)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
}
