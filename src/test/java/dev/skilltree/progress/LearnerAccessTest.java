package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.account.Account;
import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.account.Role;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.SliceDatabase;
import dev.skilltree.support.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Whose progress a user may read, over a real H2 database; the account module's group service comes from its
 * module as Spring makes it, in a context of the few beans of {@link LearnerAccessWiring}.
 */
@SpringJUnitConfig({MovableClock.InServer.class, SliceDatabase.class, LearnerAccessWiring.class})
class LearnerAccessTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    TestDatabase database;

    @Autowired
    GroupService groups;

    @Autowired
    AccountService accounts;

    @Autowired
    LearnerAccess access;

    @Test
    void everyoneReadsTheirOwnProgressAsTheyAre() {
        Account self = new Account(41, "nobody-else", Role.LEARNER, AT);

        assertThat(access.readable(self, "nobody-else")).isSameAs(self);
    }

    @Test
    void aMentorReadsTheLearnersOfTheirGroupsOnly() {
        database.user("pupil");
        database.user("other-pupil");
        Account mentor = account(database.user("mentor"), "mentor", Role.MENTOR);
        long group = groups.create("class-b");
        groups.addMember(group, "pupil", false);
        groups.addMember(group, "mentor", true);

        assertThat(access.readable(mentor, "pupil").username()).isEqualTo("pupil");
        assertThatThrownBy(() -> access.readable(mentor, "other-pupil"))
                .isInstanceOf(LearnerAccess.LearnerNotFound.class)
                .hasMessage("There is no learner named 'other-pupil' that you can see.");
    }

    @Test
    void anAdminReadsEveryoneAndALearnerNobodyElse() {
        long learner = database.user("learner-a");
        database.user("learner-b");
        Account admin = new Account(999, "root", Role.ADMIN, AT);
        Account peer = account(learner, "learner-a", Role.LEARNER);

        assertThat(access.readable(admin, "learner-b").username()).isEqualTo("learner-b");
        assertThatThrownBy(() -> access.readable(peer, "learner-b"))
                .isInstanceOf(LearnerAccess.LearnerNotFound.class)
                .hasMessageContaining("'learner-b'");
        assertThatThrownBy(() -> access.readable(admin, "ghost"))
                .as("nobody of that name, told the same way")
                .isInstanceOf(LearnerAccess.LearnerNotFound.class)
                .hasMessage("There is no learner named 'ghost' that you can see.");
    }

    private Account account(long id, String username, Role role) {
        assertThat(accounts.find(id))
                .hasValueSatisfying(a -> assertThat(a.username()).isEqualTo(username));
        return new Account(id, username, role, AT);
    }
}
