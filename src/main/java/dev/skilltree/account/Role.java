package dev.skilltree.account;

/** What a user may do: learners see their own data, mentors also their groups' learners, admins everything. */
public enum Role {
    LEARNER,
    MENTOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
