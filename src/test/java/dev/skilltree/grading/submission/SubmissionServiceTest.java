package dev.skilltree.grading.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.account.Account;
import dev.skilltree.account.GroupService;
import dev.skilltree.account.Role;
import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.grading.ChallengeNotFound;
import dev.skilltree.grading.ChallengeStanding;
import dev.skilltree.grading.GradeResult;
import dev.skilltree.grading.InvalidSubmission;
import dev.skilltree.grading.Verdict;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SliceDatabase;
import dev.skilltree.support.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Taking a submission and showing it, over the real H2 tables: the submission and its grading task land together or
 * not at all, grading is woken only once they are written, and only the owner, their mentors and admins see it.
 */
@SpringJUnitConfig({SliceDatabase.class, MovableClock.InServer.class, SubmissionWiring.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class SubmissionServiceTest {

    private static final String SLUG = "closure-counter";

    @Autowired
    SubmissionService service;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    SubmissionWiring.TaskTableQueue queue;

    @Autowired
    GroupService groups;

    @Autowired
    TestDatabase database;

    @Autowired
    MovableClock clock;

    private Account ada;
    private Map<String, String> starter;

    @BeforeEach
    void signUp() {
        ada = account("ada", Role.LEARNER);
        starter = BuiltInChallenges.get(SLUG).starter();
    }

    @Test
    void queuesTheSubmissionWithItsGradingTaskAndWakesTheGraders() {
        Submission taken = service.submit(ada, SLUG, starter);

        assertThat(taken.status()).isEqualTo(Submission.Status.QUEUED);
        assertThat(taken.queuedAt()).isEqualTo(clock.instant());
        assertThat(submissions.find(taken.id())).contains(taken);
        assertThat(queue.tasks()).containsExactly(taken.id());
        assertThat(queue.wakes.get()).isEqualTo(1);
    }

    @Test
    void refusesFilesTheChallengeDoesNotTakeAndWritesNothing() {
        assertThatThrownBy(() -> service.submit(ada, SLUG, Map.of("other.py", "x = 1\n")))
                .isInstanceOf(InvalidSubmission.class)
                .hasMessage("'other.py' is not a file of this challenge; submit solution.py");
        assertThatThrownBy(() -> service.submit(ada, SLUG, Map.of()))
                .hasMessage("'solution.py' is missing from the submission");
        assertThatThrownBy(() -> service.submit(ada, "no-such-challenge", starter))
                .isInstanceOf(ChallengeNotFound.class);

        assertThat(submissions.inFlight(ada.id())).isEmpty();
        assertThat(queue.tasks()).isEmpty();
        assertThat(queue.wakes.get()).isZero();
    }

    @Test
    void pastTheCapWritesNeitherTheSubmissionNorItsTask() {
        List<Long> mine = LongStream.range(0, SubmissionWiring.CAP)
                .map(i -> service.submit(ada, SLUG, starter).id())
                .boxed()
                .toList();

        assertThatThrownBy(() -> service.submit(ada, SLUG, starter))
                .isInstanceOfSatisfying(TooManySubmissions.class, refused -> assertThat(refused.inFlight())
                        .isEqualTo(mine));

        assertThat(submissions.inFlight(ada.id())).extracting(InFlight::id).isEqualTo(mine);
        assertThat(queue.tasks()).isEqualTo(mine);
        assertThat(queue.wakes.get()).isEqualTo(SubmissionWiring.CAP);
    }

    @Test
    void acceptsASubmissionWhileNoNodeGradesAndSaysSo() {
        queue.nodeGrades.set(false);

        Submission taken = service.submit(ada, SLUG, starter);

        assertThat(queue.tasks()).containsExactly(taken.id());
        assertThat(service.anyNodeGrades()).isFalse();
        queue.nodeGrades.set(true);
        assertThat(service.anyNodeGrades()).isTrue();
    }

    @Test
    void showsASubmissionToItsOwnerTheirMentorsAndAdminsOnly() {
        Account mentor = account("mei", Role.LEARNER);
        Account otherMentor = account("omar", Role.MENTOR);
        Account admin = account("root", Role.ADMIN);
        Account stranger = account("sam", Role.LEARNER);
        long group = groups.create("evening class");
        groups.addMember(group, "ada", false);
        groups.addMember(group, "mei", true);
        long other = groups.create("morning class");
        groups.addMember(other, "omar", true);
        groups.addMember(other, "sam", false);
        long id = service.submit(ada, SLUG, starter).id();

        assertThat(service.find(ada, id).id()).isEqualTo(id);
        assertThat(service.find(mentor, id).id()).isEqualTo(id);
        assertThat(service.find(admin, id).id()).isEqualTo(id);
        assertThatThrownBy(() -> service.find(stranger, id))
                .isInstanceOf(SubmissionNotFound.class)
                .hasMessage("There is no submission " + id + " that you can see.");
        assertThatThrownBy(() -> service.find(otherMentor, id)).isInstanceOf(SubmissionNotFound.class);
        assertThatThrownBy(() -> service.find(ada, id + 1000))
                .hasMessage("There is no submission " + (id + 1000) + " that you can see.");
    }

    @Test
    void listsTheLearnersLatestTwentyOfAChallengeNewestFirst() {
        List<Long> ids = LongStream.range(0, 22)
                .map(i -> finished(ada, Verdict.FAILED))
                .boxed()
                .toList();
        Account bob = account("bob", Role.LEARNER);
        finished(bob, Verdict.PASSED);

        List<Submission> recent = service.recent(ada, SLUG);

        assertThat(recent)
                .extracting(Submission::id)
                .containsExactlyElementsOf(ids.reversed().subList(0, 20));
        assertThat(service.recent(ada, "metaclass-registry")).isEmpty();
    }

    @Test
    void eachChallengeStandsPassedOnceOnePassedAndNotOnASandboxError() {
        finished(ada, Verdict.FAILED);
        finished(ada, Verdict.PASSED);
        finished(ada, Verdict.FAILED);
        long sandbox = submissions.insert(ada.id(), "metaclass-registry", Map.of(), clock.instant());
        finish(sandbox, Verdict.SANDBOX_ERROR);

        assertThat(service.standings(ada)).isEqualTo(Map.of(SLUG, ChallengeStanding.PASSED));
        assertThat(service.standings(account("newcomer", Role.LEARNER))).isEmpty();
    }

    private Account account(String username, Role role) {
        long id = database.user(username);
        database.jdbc()
                .sql("update app_user set role = ? where id = ?")
                .params(role.name(), id)
                .update();
        return new Account(id, username, role, Instant.EPOCH);
    }

    /** A finished submission of the learner's, written straight to the table; its id. */
    private long finished(Account learner, Verdict verdict) {
        long id = submissions.insert(learner.id(), SLUG, starter, clock.instant());
        finish(id, verdict);
        return id;
    }

    private void finish(long id, Verdict verdict) {
        Submission started = submissions.find(id).orElseThrow().start(clock.instant());
        submissions.start(started);
        submissions.finish(started.finish(new GradeResult(verdict, "", List.of(), 5), clock.instant()), "node-a");
    }
}
