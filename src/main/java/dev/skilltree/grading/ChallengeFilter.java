package dev.skilltree.grading;

import java.util.Comparator;
import java.util.List;

/**
 * The filters of a challenge list, on the web, the API and the command line; a null or blank filter matches
 * everything. Lists come stage tests first, then practice projects, then topic challenges, each by stage and topic.
 */
public record ChallengeFilter(
        String series, Integer stage, String topic, String direction, String difficulty, String kind) {

    public static final ChallengeFilter ALL = new ChallengeFilter(null, null, null, null, null, null);

    private static final Comparator<Challenge> ORDER = Comparator.<Challenge>comparingInt(
                    c -> ChallengeTags.SERIES.indexOf(c.tags().series()))
            .thenComparingInt(c -> c.tags().stage())
            .thenComparing(c -> c.tags().topic())
            .thenComparing(Challenge::slug);

    public boolean matches(Challenge challenge) {
        ChallengeTags tags = challenge.tags();
        return (blank(series) || tags.series().equals(series))
                && (stage == null || tags.stage() == stage)
                && (blank(topic) || tags.topic().equals(topic))
                && (blank(direction) || tags.direction().equals(direction))
                && (blank(difficulty) || challenge.difficulty().code().equals(difficulty))
                && (blank(kind) || challenge.kind().code().equals(kind));
    }

    /** The challenges that match, in list order. */
    public List<Challenge> apply(List<Challenge> challenges) {
        return challenges.stream().filter(this::matches).sorted(ORDER).toList();
    }

    /** Whether any filter is set. */
    public boolean any() {
        return !(blank(series)
                && stage == null
                && blank(topic)
                && blank(direction)
                && blank(difficulty)
                && blank(kind));
    }

    private static boolean blank(String filter) {
        return filter == null || filter.isBlank();
    }
}
