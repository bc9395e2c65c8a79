package dev.skilltree.grading;

/**
 * How a program challenge ({@code perf} or {@code memory}) is run and held to the reference: the file to run, how
 * many learner/reference pairs to time, the largest learner/reference ratio of median wall time (required for
 * {@code perf}, optional for {@code memory}), and the memory allowed as a share of the reference's peak or as a fixed
 * baseline in MB (whichever is larger).
 */
public record Scenario(String entry, int runs, double ratio, double share, int baselineMb) {

    public static final Scenario NONE = new Scenario("", 0, 0, 0, 0);

    /** The memory a learner's program may peak at, in KB, given the reference's peak. */
    public long allowedKb(long referencePeakKb) {
        return Math.max((long) (referencePeakKb * share), baselineMb * 1024L);
    }
}
