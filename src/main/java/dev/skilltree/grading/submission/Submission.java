package dev.skilltree.grading.submission;

import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.TestOutcome;
import dev.skilltree.grading.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One learner's files for one challenge, and what grading made of them so far. */
public record Submission(
        long id,
        long userId,
        String challenge,
        Map<String, String> files,
        Status status,
        Verdict verdict,
        String message,
        List<TestOutcome> tests,
        int attempts,
        Long runMillis,
        Instant queuedAt,
        Instant startedAt,
        Instant finishedAt) {

    /** Moves only forward: a finished submission is never started or finished again. */
    public enum Status {
        QUEUED,
        STARTED,
        FINISHED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Submission {
        files = Map.copyOf(files);
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    /** Taken up by a worker: another attempt, the first start time kept; refused once finished. */
    public Submission start(Instant at) {
        if (finished()) {
            throw SubmissionFinished.cannot("start", id);
        }
        return new Submission(
                id,
                userId,
                challenge,
                files,
                Status.STARTED,
                null,
                null,
                List.of(),
                attempts + 1,
                null,
                queuedAt,
                startedAt == null ? at : startedAt,
                null);
    }

    /** Graded: the verdict is written once; a second finish is refused. */
    public Submission finish(GradeResult result, Instant at) {
        if (finished()) {
            throw SubmissionFinished.cannot("finish", id);
        }
        return new Submission(
                id,
                userId,
                challenge,
                files,
                Status.FINISHED,
                result.verdict(),
                result.message(),
                result.tests(),
                attempts,
                result.wallMillis(),
                queuedAt,
                startedAt == null ? at : startedAt,
                at);
    }

    public boolean finished() {
        return status == Status.FINISHED;
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }

    public long testsPassed() {
        return tests.stream().filter(t -> t.status().equals("pass")).count();
    }
}
