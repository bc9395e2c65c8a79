package dev.skilltree.account;

import java.util.List;

/** A class or team: its learners and the mentors who may read their progress. */
public record Group(long id, String name, List<Member> members) {

    public Group {
        members = List.copyOf(members);
    }

    public record Member(long userId, String username, boolean mentor) {}
}
