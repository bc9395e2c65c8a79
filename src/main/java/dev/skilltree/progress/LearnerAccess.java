package dev.skilltree.progress;

import dev.skilltree.account.Account;
import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import org.springframework.stereotype.Component;

/**
 * Whose progress a user may read: their own; a mentor also their groups' learners; an admin everyone. Anyone
 * else is answered as if the learner did not exist.
 */
@Component
class LearnerAccess {

    private final AccountService accounts;
    private final GroupService groups;

    LearnerAccess(AccountService accounts, GroupService groups) {
        this.accounts = accounts;
        this.groups = groups;
    }

    Account readable(Account viewer, String username) {
        if (viewer.username().equals(username)) {
            return viewer;
        }
        Account learner = accounts.find(username).orElseThrow(() -> LearnerNotFound.named(username));
        boolean allowed = viewer.isAdmin() || groups.mentors(viewer.id(), learner.id());
        if (!allowed) {
            throw LearnerNotFound.named(username);
        }
        return learner;
    }

    static class LearnerNotFound extends RuntimeException {
        private LearnerNotFound(String message) {
            super(message);
        }

        static LearnerNotFound named(String username) {
            return new LearnerNotFound("There is no learner named '" + username + "' that you can see.");
        }
    }
}
