package dev.skilltree.grading;

import java.util.List;

/**
 * Where a challenge sits in the path, for filtering: its series (a topic challenge, a stage test or a practice
 * project), the roadmap stage it belongs to, a topic such as {@code asyncio}, and a direction of stage 4 when it has
 * one. A challenge without tags is a topic challenge of no stage, topic or direction.
 */
public record ChallengeTags(String series, int stage, String topic, String direction) {

    /** The series, in the order lists show them: stage tests, practice projects, then topic challenges. */
    public static final List<String> SERIES = List.of("stage-test", "project", "topic");

    public static final List<String> DIRECTIONS =
            List.of("backend", "data", "crawler-testing", "systems", "distributed");
    public static final ChallengeTags NONE = new ChallengeTags("topic", 0, "", "");
}
