package dev.skilltree.progress;

import dev.skilltree.account.Account;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.RoadmapSummary;
import java.util.List;

/** A learner's dashboard for one roadmap; {@code readOnly} when a mentor or admin looks at someone else's. */
public record DashboardView(
        Account learner,
        RoadmapProgress progress,
        ProgressSummary summary,
        List<Node> nextUp,
        List<Node> inProgress,
        List<LinkedChallenge> passed,
        Activity activity,
        String heatmapSvg,
        String chartSvg,
        List<String> fromEarlierVersion,
        List<RoadmapSummary> roadmaps,
        List<Account> learners,
        boolean readOnly) {

    public int activeDays() {
        return activity.perDay().size();
    }
}
