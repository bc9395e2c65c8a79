package dev.skilltree.grading;

import java.util.List;

/**
 * Where a challenge sits in the path, for filtering: its series (a topic challenge, a stage test or a practice
 * project), the roadmap stage it belongs to, a topic such as {@code asyncio}, and a direction of stage 4 when it has
 * one. A challenge without tags is a topic challenge of no stage, topic or direction.
 */
public record ChallengeTags(String series, int stage, String topic, String direction) {

    public static final List<String> SERIES = List.of("topic", "stage-test", "project");
    public static final List<String> DIRECTIONS =
            List.of("backend", "data", "crawler-testing", "systems", "distributed");
    public static final ChallengeTags NONE = new ChallengeTags("topic", 0, "", "");
}
