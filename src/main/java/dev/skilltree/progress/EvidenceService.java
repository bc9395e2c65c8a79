package dev.skilltree.progress;

import dev.skilltree.grading.Challenge;
import dev.skilltree.grading.ChallengePassed;
import dev.skilltree.grading.ChallengeService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence of mastery: a passed challenge, recorded on the nodes it proves, from grading's events. */
@Service
public class EvidenceService {

    private final EvidenceRepository evidence;
    private final ChallengeService challenges;

    EvidenceService(EvidenceRepository evidence, ChallengeService challenges) {
        this.evidence = evidence;
        this.challenges = challenges;
    }

    @ApplicationModuleListener
    void on(ChallengePassed passed) {
        for (String node : passed.nodes()) {
            evidence.add(passed.learnerId(), node, passed.challenge(), passed.submissionId(), passed.at());
        }
    }

    /** Every node a challenge proves, and whether the learner has passed a challenge there. */
    @Transactional(readOnly = true)
    public Map<String, Boolean> proofs(long learnerId) {
        Map<String, Boolean> proofs = new HashMap<>();
        for (Challenge challenge : challenges.list()) {
            challenge.nodes().forEach(node -> proofs.putIfAbsent(node, false));
        }
        evidence.nodes(learnerId).forEach(node -> proofs.put(node, true));
        return proofs;
    }

    /** How many challenges each node has and how many of them the learner has passed (none when signed out). */
    @Transactional(readOnly = true)
    public Map<String, ChallengeCount> counts(Long learnerId) {
        Map<String, Set<String>> passed = learnerId == null ? Map.of() : evidence.passed(learnerId);
        Map<String, ChallengeCount> counts = new HashMap<>();
        for (Challenge challenge : challenges.list()) {
            for (String node : challenge.nodes()) {
                boolean done = passed.getOrDefault(node, Set.of()).contains(challenge.slug());
                counts.merge(node, new ChallengeCount(1, done ? 1 : 0), ChallengeCount::plus);
            }
        }
        return counts;
    }

    /** The challenges linked to a node, each with the learner's first pass of it (none when not signed in). */
    @Transactional(readOnly = true)
    List<LinkedChallenge> forNode(Long learnerId, String nodeId) {
        List<Evidence> passed = learnerId == null ? List.of() : evidence.of(learnerId, nodeId);
        return challenges.forNode(nodeId).stream()
                .map(c -> new LinkedChallenge(
                        c,
                        passed.stream()
                                .filter(e -> e.challenge().equals(c.slug()))
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    /** The challenges the learner has passed, the latest first, each with its first pass. */
    @Transactional(readOnly = true)
    public List<LinkedChallenge> passed(long learnerId) {
        Map<String, Challenge> bySlug = new HashMap<>();
        challenges.list().forEach(c -> bySlug.put(c.slug(), c));
        return evidence.firstPasses(learnerId).stream()
                .filter(e -> bySlug.containsKey(e.challenge()))
                .map(e -> new LinkedChallenge(bySlug.get(e.challenge()), e))
                .toList();
    }
}
