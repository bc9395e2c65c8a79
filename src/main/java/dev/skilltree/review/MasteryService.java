package dev.skilltree.review;

import dev.skilltree.progress.EvidenceService;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.progress.Status;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each topic's mastery for a learner: their status, the challenges they passed and their recall, together. */
@Service
public class MasteryService {

    private final RoadmapService roadmaps;
    private final ProgressService progress;
    private final EvidenceService evidence;
    private final ReviewService reviews;

    MasteryService(RoadmapService roadmaps, ProgressService progress, EvidenceService evidence, ReviewService reviews) {
        this.roadmaps = roadmaps;
        this.progress = progress;
        this.evidence = evidence;
        this.reviews = reviews;
    }

    /** The mastery of every topic of the roadmap the learner has begun to hold, in roadmap order. */
    @Transactional(readOnly = true)
    public Map<String, Mastery> of(long learnerId, String roadmapId) {
        Roadmap roadmap = roadmaps.get(roadmapId);
        Map<String, Status> statuses = progress.statuses(learnerId, roadmap);
        Map<String, Boolean> proofs = evidence.proofs(learnerId);
        Map<String, Double> recall = reviews.recall(learnerId, roadmapId);
        Map<String, Mastery> mastery = new LinkedHashMap<>();
        for (Node node : roadmap.nodes()) {
            Mastery m = Mastery.of(
                    statuses.getOrDefault(node.id(), Status.TODO), proofs.get(node.id()), recall.get(node.id()));
            if (m.value() > 0) {
                mastery.put(node.id(), m);
            }
        }
        return mastery;
    }
}
