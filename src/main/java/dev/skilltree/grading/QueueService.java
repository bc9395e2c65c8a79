package dev.skilltree.grading;

import dev.skilltree.account.Account;
import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.account.Role;
import dev.skilltree.grading.submission.InFlight;
import dev.skilltree.grading.submission.SubmissionRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The grading queue for those who look after learners: an admin sees every learner, a mentor their groups'. */
@Service
public class QueueService {

    private final SubmissionRepository submissions;
    private final AccountService accounts;
    private final GroupService groups;

    QueueService(SubmissionRepository submissions, AccountService accounts, GroupService groups) {
        this.submissions = submissions;
        this.accounts = accounts;
        this.groups = groups;
    }

    /** Whether {@code viewer} may see the queue at all: admins, mentors, and anyone who mentors a group. */
    @Transactional(readOnly = true)
    public boolean visibleTo(Account viewer) {
        return viewer.isAdmin()
                || viewer.role() == Role.MENTOR
                || !groups.learnersOf(viewer.id()).isEmpty();
    }

    /** The queue with the learners {@code viewer} may see; {@link QueueNotVisible} for anyone else. */
    @Transactional(readOnly = true)
    public QueueOverview overview(Account viewer) {
        if (!visibleTo(viewer)) {
            throw QueueNotVisible.to(viewer.username());
        }
        LongPredicate visible;
        if (viewer.isAdmin()) {
            visible = learner -> true;
        } else {
            Set<Long> mine =
                    groups.learnersOf(viewer.id()).stream().map(Account::id).collect(Collectors.toSet());
            visible = mine::contains;
        }
        List<InFlight> all = submissions.inFlight();
        Map<Long, List<InFlight>> byLearner = new LinkedHashMap<>();
        all.forEach(s ->
                byLearner.computeIfAbsent(s.userId(), id -> new ArrayList<>()).add(s));
        List<QueueOverview.Learner> learners = new ArrayList<>();
        byLearner.forEach((learner, theirs) -> {
            if (visible.test(learner)) {
                InFlight oldest = theirs.getFirst();
                String name = accounts.find(learner).map(Account::username).orElse("#" + learner);
                learners.add(new QueueOverview.Learner(
                        name, oldest.id(), oldest.challenge(), oldest.queuedAt(), oldest.running(), theirs.size()));
            }
        });
        long running = all.stream().filter(InFlight::running).count();
        return new QueueOverview(all.size() - running, running, learners);
    }
}
