package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.skilltree.account.Account;
import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.account.Role;
import dev.skilltree.grading.submission.Submission;
import dev.skilltree.grading.submission.SubmissionParts;
import dev.skilltree.grading.submission.SubmissionRepository;
import dev.skilltree.support.AccountGroups;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SliceDatabase;
import dev.skilltree.support.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Who may see the grading queue and what each sees, over a real H2 database: submissions in flight are written
 * straight to it, and the groups come from the account module as Spring makes them. The API and pages that show the
 * queue are GradingQueueTest's.
 */
@SpringJUnitConfig({SliceDatabase.class, MovableClock.InServer.class, QueueServiceTest.Parts.class})
class QueueServiceTest {

    private static final String SLUG = "queued-challenge";

    @TestConfiguration(proxyBeanMethods = false)
    @Import(AccountGroups.class)
    static class Parts {

        @Bean
        SubmissionRepository submissions(TestDatabase database) {
            database.challenge(SLUG);
            return SubmissionParts.repository(database.jdbc());
        }

        @Bean
        AccountService accounts(TestDatabase database, MovableClock clock) {
            return AccountService.of(
                    database.jdbc(), PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
        }

        @Bean
        QueueService queue(SubmissionRepository submissions, AccountService accounts, GroupService groups) {
            return new QueueService(submissions, accounts, groups);
        }
    }

    @Autowired
    QueueService queue;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    AccountService accounts;

    @Autowired
    GroupService groups;

    @Autowired
    TestDatabase database;

    @Autowired
    MovableClock clock;

    @Test
    void adminsMentorsAndLearnersWhoMentorAGroupSeeTheQueueAndNoOneElse() {
        Account admin = account("queue-admin", Role.ADMIN);
        Account mentor = account("queue-mentor", Role.MENTOR);
        Account tutor = account("queue-tutor", Role.LEARNER);
        Account learner = account("queue-learner", Role.LEARNER);
        long group = groups.create("queue-visibility");
        groups.addMember(group, "queue-tutor", true);
        groups.addMember(group, "queue-learner", false);

        assertThat(queue.visibleTo(admin)).isTrue();
        assertThat(queue.visibleTo(mentor))
                .as("a mentor by role, of no group yet")
                .isTrue();
        assertThat(queue.visibleTo(tutor)).as("a learner who mentors a group").isTrue();
        assertThat(queue.visibleTo(learner)).isFalse();
        assertThatThrownBy(() -> queue.overview(learner))
                .isInstanceOf(QueueNotVisible.class)
                .hasMessage("Only admins and mentors see the grading queue, and 'queue-learner' mentors no group.");
    }

    @Test
    void anAdminSeesEachLearnersOldestSubmissionInFlightWithHowManyTheyHave() {
        Account admin = account("all-seeing", Role.ADMIN);
        Account ada = account("ada", Role.LEARNER);
        Account bob = account("bob", Role.LEARNER);
        long graded = queued(bob);
        finish(graded);
        long adasFirst = queued(ada);
        long bobs = queued(bob);
        queued(ada);
        start(adasFirst);

        QueueOverview overview = queue.overview(admin);
        List<QueueOverview.Learner> learners = overview.learners().stream()
                .filter(l -> List.of("ada", "bob").contains(l.learner()))
                .toList();

        assertThat(learners)
                .extracting(
                        QueueOverview.Learner::learner,
                        QueueOverview.Learner::submission,
                        QueueOverview.Learner::running,
                        QueueOverview.Learner::inFlight)
                .containsExactly(tuple("ada", adasFirst, true, 2), tuple("bob", bobs, false, 1));
        assertThat(learners.getFirst().challenge()).isEqualTo(SLUG);
        assertThat(learners.getFirst().waitingSince()).isEqualTo(clock.instant());
        assertThat(overview.queued() + overview.running())
                .isEqualTo(submissions.inFlight().size());
        assertThat(overview.running()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aMentorSeesOnlyTheirGroupsLearnersAndAMentorOfNoGroupNoOneButTheWholeQueuesDepth() {
        Account teacher = account("teacher", Role.MENTOR);
        Account lonely = account("lonely-mentor", Role.MENTOR);
        Account pupil = account("pupil", Role.LEARNER);
        Account stranger = account("stranger", Role.LEARNER);
        long group = groups.create("mentored");
        groups.addMember(group, "teacher", true);
        groups.addMember(group, "pupil", false);
        queued(pupil);
        queued(stranger);

        QueueOverview mentored = queue.overview(teacher);
        QueueOverview nobody = queue.overview(lonely);

        assertThat(mentored.learners())
                .extracting(QueueOverview.Learner::learner)
                .containsExactly("pupil");
        assertThat(nobody.learners()).isEmpty();
        assertThat(nobody.queued() + nobody.running())
                .as("the depth counts every learner's submissions")
                .isEqualTo(submissions.inFlight().size())
                .isGreaterThanOrEqualTo(2);
    }

    private Account account(String username, Role role) {
        long id = database.user(username);
        database.jdbc()
                .sql("update app_user set role = ? where id = ?")
                .params(role.name(), id)
                .update();
        return accounts.find(id).orElseThrow();
    }

    private long queued(Account learner) {
        return submissions.insert(learner.id(), SLUG, Map.of("solution.py", "x = 1\n"), clock.instant());
    }

    private void start(long id) {
        submissions.start(submissions.find(id).orElseThrow().start(clock.instant()));
    }

    private void finish(long id) {
        Submission started = submissions.find(id).orElseThrow().start(clock.instant());
        submissions.start(started);
        submissions.finish(
                started.finish(new GradeResult(Verdict.FAILED, "", List.of(), 10), clock.instant()), "test-node");
    }
}
