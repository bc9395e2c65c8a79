package dev.skilltree.account;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Groups of learners and their mentors; a mentor may read the progress of the learners in their groups. */
@Service
public class GroupService {

    private final GroupRepository groups;
    private final AccountRepository accounts;

    GroupService(GroupRepository groups, AccountRepository accounts) {
        this.groups = groups;
        this.accounts = accounts;
    }

    /** Creates a group, or finds the one of that name; its id either way. */
    @Transactional
    public long create(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new IllegalArgumentException("A group name has 1 to 80 characters.");
        }
        return groups.idOf(trimmed).orElseGet(() -> groups.insert(trimmed));
    }

    /** Adds a user to a group as learner or mentor; adding again changes the membership kind. */
    @Transactional
    public void addMember(long groupId, String username, boolean mentor) {
        Account account = accounts.find(username).orElseThrow(() -> InvalidAccount.noSuchUser(username));
        groups.putMember(groupId, account.id(), mentor);
    }

    @Transactional
    public void removeMember(long groupId, long userId) {
        groups.removeMember(groupId, userId);
    }

    @Transactional(readOnly = true)
    public List<Group> list() {
        return groups.findAll();
    }

    /** Whether {@code mentorId} mentors a group in which {@code learnerId} is a learner. */
    @Transactional(readOnly = true)
    public boolean mentors(long mentorId, long learnerId) {
        return groups.mentors(mentorId, learnerId);
    }

    /** The learners of every group {@code mentorId} mentors, by user name. */
    @Transactional(readOnly = true)
    public List<Account> learnersOf(long mentorId) {
        return groups.learnersOf(mentorId);
    }
}
