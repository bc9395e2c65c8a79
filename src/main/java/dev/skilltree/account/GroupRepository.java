package dev.skilltree.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The learner_group and group_member tables. */
@Repository
class GroupRepository {

    private final JdbcClient jdbc;

    GroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> idOf(String name) {
        return jdbc.sql("select id from learner_group where name = ?")
                .param(name)
                .query(Long.class)
                .optional();
    }

    long insert(String name) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into learner_group (name) values (?)").param(name).update(key, "id");
        return key.getKey().longValue();
    }

    /** Makes the user a member, as learner or mentor, replacing any membership they had. */
    void putMember(long groupId, long userId, boolean mentor) {
        removeMember(groupId, userId);
        jdbc.sql("insert into group_member (group_id, user_id, mentor) values (?, ?, ?)")
                .params(groupId, userId, mentor)
                .update();
    }

    void removeMember(long groupId, long userId) {
        jdbc.sql("delete from group_member where group_id = ? and user_id = ?")
                .params(groupId, userId)
                .update();
    }

    List<Group> findAll() {
        Map<Long, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from learner_group order by name").query(rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        Map<Long, List<Group.Member>> members = new LinkedHashMap<>();
        jdbc.sql("""
                        select m.group_id, u.id, u.username, m.mentor from group_member m
                        join app_user u on u.id = m.user_id order by m.mentor desc, u.username""").query(rs -> {
            members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Group.Member(rs.getLong(2), rs.getString(3), rs.getBoolean(4)));
        });
        return names.entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue(), members.getOrDefault(e.getKey(), List.of())))
                .toList();
    }

    boolean mentors(long mentorId, long learnerId) {
        return jdbc.sql("""
                                select count(*) from group_member m join group_member l on l.group_id = m.group_id
                                where m.user_id = ? and m.mentor and l.user_id = ? and not l.mentor""").params(mentorId, learnerId).query(Long.class).single() > 0;
    }

    List<Account> learnersOf(long mentorId) {
        return jdbc.sql("""
                        select distinct u.id, u.username, u.role, u.created_at from group_member m
                        join group_member l on l.group_id = m.group_id and not l.mentor
                        join app_user u on u.id = l.user_id
                        where m.user_id = ? and m.mentor order by u.username""").param(mentorId).query(AccountRepository::account).list();
    }
}
