package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.skilltree.account.AccountService;
import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.support.Api;
import dev.skilltree.support.RequiresSystemPackage;
import dev.skilltree.support.WholeApp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A pass graded by the grading module becomes evidence on the topic's page, through the ChallengePassed event. */
@RequiresSystemPackage(command = "bwrap", debianPackage = "bubblewrap")
class ChallengeEvidenceTest extends WholeApp.WithAdmin {

    @Autowired
    EvidenceService evidence;

    @Autowired
    AccountService accounts;

    @Test
    void aPassLeavesEvidenceOnTheChallengesNodes() {
        long learner = submitAndWait(
                "evident", BuiltInChallenges.get("closure-counter").reference());

        List<LinkedChallenge> linked = await().atMost(Duration.ofSeconds(10))
                .until(() -> evidence.forNode(learner, "closures"), l -> l.stream()
                        .anyMatch(c -> c.passed() != null));

        assertThat(linked)
                .filteredOn(c -> c.passed() != null)
                .extracting(c -> c.challenge().slug())
                .containsExactly("closure-counter");
    }

    /**
     * Evidence is written after the verdict, so a failure's absence is only certain once a later pass's evidence
     * has arrived: the starter fails, the reference passes, and the evidence is the reference's alone.
     */
    @Test
    void aFailureLeavesNone() {
        long learner = submitAndWait(
                "starter", BuiltInChallenges.get("closure-counter").starter());
        long failed = lastSubmission("starter");
        submitAndWait("starter", BuiltInChallenges.get("closure-counter").reference());
        long passed = lastSubmission("starter");

        LinkedChallenge linked = await().atMost(Duration.ofSeconds(10))
                .until(() -> evidence.forNode(learner, "closures").getFirst(), c -> c.passed() != null);

        assertThat(passed).isNotEqualTo(failed);
        assertThat(linked.passed().submissionId()).isEqualTo(passed);
    }

    private long lastSubmission(String username) {
        String token = api.tokenFor(username);
        return Api.read(api.get("/api/v1/challenges/closure-counter/submissions", token))
                .get(0)
                .get("id")
                .asLong();
    }

    private long submitAndWait(String username, Map<String, String> files) {
        String token = api.tokenFor(username);
        String location = Api.location(api.submit(token, "closure-counter", files));
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> Api.read(api.get(location, token)).get("status").asString(), "finished"::equals);
        return accounts.find(username).orElseThrow().id();
    }
}
