package dev.skilltree.plan;

import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A plan's milestones as a learner reads them: each practice project after its parts (scheduled as milestones), and
 * each stage test (an assessment topic, which takes study hours of its own) on the day its study ends.
 */
public final class Milestones {

    private Milestones() {}

    public static List<Milestone> of(Roadmap roadmap, Plan plan) {
        List<Milestone> milestones = new ArrayList<>(plan.milestones());
        for (PlanItem item : plan.items()) {
            if (roadmap.node(item.topicId())
                    .filter(n -> n.kind() == NodeKind.ASSESSMENT)
                    .isPresent()) {
                milestones.add(new Milestone(item.topicId(), item.end()));
            }
        }
        milestones.sort(Comparator.comparing(Milestone::date).thenComparing(Milestone::topicId));
        return List.copyOf(milestones);
    }
}
