package dev.skilltree.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** Groups of learners and their mentors; a mentor may read the progress of the learners in their groups. */
public class GroupService {

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final TransactionOperations transactions;

    public GroupService(DataSource dataSource, TransactionOperations transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.accounts = new AccountRepository(jdbc);
        this.transactions = transactions;
    }

    /** Creates a group, or finds the one of that name; its id either way. */
    public long create(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 80) {
            throw new IllegalArgumentException("A group name has 1 to 80 characters.");
        }
        return transactions.execute(status -> {
            var existing = jdbc.sql("select id from learner_group where name = ?")
                    .param(trimmed)
                    .query(Long.class)
                    .optional();
            if (existing.isPresent()) {
                return existing.get();
            }
            var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("insert into learner_group (name) values (?)")
                    .param(trimmed)
                    .update(key, "id");
            return key.getKey().longValue();
        });
    }

    /** Adds a user to a group as learner or mentor; adding again changes the membership kind. */
    public void addMember(long groupId, String username, boolean mentor) {
        transactions.executeWithoutResult(status -> {
            Account account = accounts.find(username).orElseThrow(() -> InvalidAccount.noSuchUser(username));
            jdbc.sql("delete from group_member where group_id = ? and user_id = ?")
                    .params(groupId, account.id())
                    .update();
            jdbc.sql("insert into group_member (group_id, user_id, mentor) values (?, ?, ?)")
                    .params(groupId, account.id(), mentor)
                    .update();
        });
    }

    public void removeMember(long groupId, long userId) {
        transactions.executeWithoutResult(
                status -> jdbc.sql("delete from group_member where group_id = ? and user_id = ?")
                        .params(groupId, userId)
                        .update());
    }

    public List<Group> list() {
        return transactions.execute(status -> {
            Map<Long, String> names = new LinkedHashMap<>();
            jdbc.sql("select id, name from learner_group order by name").query(rs -> {
                names.put(rs.getLong(1), rs.getString(2));
            });
            Map<Long, List<Group.Member>> members = new LinkedHashMap<>();
            jdbc.sql("""
                            select m.group_id, u.id, u.username, m.mentor from group_member m
                            join app_user u on u.id = m.user_id order by m.mentor desc, u.username""").query(rs -> {
                members.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new Group.Member(rs.getLong(2), rs.getString(3), rs.getBoolean(4)));
            });
            return names.entrySet().stream()
                    .map(e -> new Group(e.getKey(), e.getValue(), members.getOrDefault(e.getKey(), List.of())))
                    .toList();
        });
    }

    /** Whether {@code mentorId} mentors a group in which {@code learnerId} is a learner. */
    public boolean mentors(long mentorId, long learnerId) {
        return transactions.execute(status ->
                jdbc.sql("""
                                select count(*) from group_member m join group_member l on l.group_id = m.group_id
                                where m.user_id = ? and m.mentor and l.user_id = ? and not l.mentor""").params(mentorId, learnerId).query(Long.class).single() > 0);
    }

    /** The learners of every group {@code mentorId} mentors, by user name. */
    public List<Account> learnersOf(long mentorId) {
        return transactions.execute(status ->
                jdbc.sql("""
                        select distinct u.id, u.username, u.role, u.created_at from group_member m
                        join group_member l on l.group_id = m.group_id and not l.mentor
                        join app_user u on u.id = l.user_id
                        where m.user_id = ? and m.mentor order by u.username""").param(mentorId).query(AccountRepository::account).list());
    }
}
