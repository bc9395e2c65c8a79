package dev.skilltree.grading;

import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.config.Transactions;
import dev.skilltree.grading.submission.GradingQueue;
import dev.skilltree.grading.submission.SubmissionParts;
import dev.skilltree.grading.submission.SubmissionRepository;
import dev.skilltree.grading.submission.SubmissionService;
import dev.skilltree.grading.submission.SubmissionWatch;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.support.AccountGroups;
import dev.skilltree.support.ApiSlice;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.TestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * For an {@link ApiSlice} or a page slice of the grading module: the built-in challenges, submissions taken into a
 * {@link WaitingQueue}, the grading queue's overview and the topic names over the slice's roadmap. The account
 * module's group service comes from its module as Spring makes it.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(AccountGroups.class)
class GradingWiring {

    /**
     * The queue as a node sees it when no worker takes anything out: an accepted submission stays queued. Whether a
     * node grades now is the test's to say ({@link #nodeGrades}); none does unless it says so.
     */
    static final class WaitingQueue implements GradingQueue {

        private volatile boolean nodeGrades;

        void nodeGrades(boolean grades) {
            this.nodeGrades = grades;
        }

        @Override
        public void schedule(long submissionId) {}

        @Override
        public void wake() {}

        @Override
        public boolean anyNodeGrades() {
            return nodeGrades;
        }
    }

    @Bean
    ChallengeService challenges(TestDatabase database, Transactions transactions, MovableClock clock) {
        ChallengeService challenges = transactions.around(ChallengeService.of(database.jdbc(), clock));
        challenges.installBuiltIns();
        return challenges;
    }

    @Bean
    WaitingQueue waitingQueue() {
        return new WaitingQueue();
    }

    @Bean
    SubmissionRepository submissionRepository(TestDatabase database) {
        return SubmissionParts.repository(database.jdbc());
    }

    @Bean
    SubmissionWatch submissionWatch() {
        return SubmissionParts.watch();
    }

    @Bean
    SubmissionService submissions(
            TestDatabase database,
            Transactions transactions,
            ChallengeService challenges,
            WaitingQueue queue,
            GroupService groups,
            MovableClock clock) {
        return SubmissionParts.service(transactions, database.jdbc(), challenges, queue, groups, clock);
    }

    @Bean
    AccountService accounts(TestDatabase database, MovableClock clock) {
        return AccountService.of(database.jdbc(), PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
    }

    @Bean
    QueueService queueService(SubmissionRepository submissions, AccountService accounts, GroupService groups) {
        return new QueueService(submissions, accounts, groups);
    }

    @Bean
    ChallengeTopics challengeTopics(RoadmapService roadmaps) {
        return new ChallengeTopics(roadmaps);
    }
}
