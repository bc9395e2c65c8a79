package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.config.Transactions;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.PageSlice;
import dev.skilltree.support.PageSliceRequests;
import dev.skilltree.support.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The admin page and its forms (roles, groups, members), in a web slice rendering the real templates over a real H2
 * database. That only an admin reaches them is the security chain's (SecurityConfigurationTest).
 */
@PageSlice(AdminPages.class)
class AdminPagesTest extends PageSliceRequests {

    @Autowired
    AccountService accounts;

    @Autowired
    GroupService groups;

    @TestConfiguration
    static class RealAccounts {

        @Bean
        AccountService accounts(TestDatabase database, Transactions transactions, MovableClock clock) {
            return transactions.around(AccountService.of(
                    database.jdbc(), PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock));
        }

        @Bean
        GroupService groups(TestDatabase database, Transactions transactions) {
            return transactions.around(
                    new GroupService(new GroupRepository(database.jdbc()), new AccountRepository(database.jdbc())));
        }
    }

    @Test
    void listsEveryUserWithTheirRoleAndEveryGroupWithItsMembers() {
        long admin = database.user("root-lister");
        long ada = database.user("ada-listed");
        accounts.changeRole("ada-listed", Role.MENTOR);
        long group = groups.create("listed class");
        groups.addMember(group, "ada-listed", true);

        MvcTestResult page = get(admin, "/admin");

        assertThat(page).hasStatusOk();
        assertThat(html(page))
                .contains("<h1>Administration</h1>")
                .contains("<a href=\"/learners/ada-listed\">ada-listed</a>")
                .contains("<select id=\"role-" + ada + "\" name=\"role\">")
                .contains("<option value=\"MENTOR\" selected>Mentor</option>")
                .contains("<form method=\"post\" action=\"/admin/users/ada-listed/role\"")
                .contains("<h3>listed class</h3>", "ada-listed · Mentor")
                .contains("action=\"/admin/groups/" + group + "/members\"");
    }

    @Test
    void theRoleFormChangesAUsersRole() {
        long admin = database.user("root-roles");
        database.user("promoted");

        MvcTestResult changed = post(admin, "/admin/users/promoted/role", Map.of("role", "MENTOR"), false);

        assertThat(changed).hasRedirectedUrl("/admin");
        assertThat(accounts.find("promoted").orElseThrow().role()).isEqualTo(Role.MENTOR);
    }

    @Test
    void anAdminCannotTakeTheAdminRoleFromThemself() {
        long admin = database.user("root-self");
        String self = "learner-" + admin;

        MvcTestResult refused = post(admin, "/admin/users/" + self + "/role", Map.of("role", "LEARNER"), false);

        assertThat(refused).hasRedirectedUrl("/admin");
        assertThat(refused).flash().containsEntry("message", "You cannot take the admin role from yourself.");
    }

    @Test
    void aRoleForAUserWhoIsGoneSaysSoOnTheAdminPage() {
        long admin = database.user("root-gone");

        MvcTestResult refused = post(admin, "/admin/users/nobody-here/role", Map.of("role", "MENTOR"), false);

        assertThat(refused).hasRedirectedUrl("/admin");
        assertThat(refused).flash().containsEntry("message", "There is no user named 'nobody-here'.");
    }

    @Test
    void aRoleTheAppDoesNotHaveIsABadRequestAndChangesNothing() {
        long admin = database.user("root-typo");
        database.user("kept");

        MvcTestResult refused = post(admin, "/admin/users/kept/role", Map.of("role", "KING"), false);

        assertThat(refused).hasStatus(400);
        assertThat(accounts.find("kept").orElseThrow().role()).isEqualTo(Role.LEARNER);
    }

    @Test
    void theGroupFormCreatesAGroupOrSaysWhyItCannot() {
        long admin = database.user("root-groups");

        MvcTestResult created = post(admin, "/admin/groups", Map.of("name", "  made by form "), false);
        MvcTestResult blank = post(admin, "/admin/groups", Map.of("name", "   "), false);

        assertThat(created).hasRedirectedUrl("/admin");
        assertThat(groups.list()).extracting(Group::name).contains("made by form");
        assertThat(blank).hasRedirectedUrl("/admin");
        assertThat(blank).flash().containsEntry("message", "A group name has 1 to 80 characters.");
        assertThat(html(get(admin, "/admin"))).contains("<h3>made by form</h3>");
    }

    @Test
    void membersAreAddedByTheirNameInAnyCaseAndRemovedByTheButton() {
        long admin = database.user("root-members");
        long cid = database.user("cid-member");
        long group = groups.create("member class");

        MvcTestResult added =
                post(admin, "/admin/groups/" + group + "/members", Map.of("username", " CID-Member "), false);
        MvcTestResult unknown = post(admin, "/admin/groups/" + group + "/members", Map.of("username", "ghost"), false);

        assertThat(added).hasRedirectedUrl("/admin");
        assertThat(members(group)).containsExactly(new Group.Member(cid, "cid-member", false));
        assertThat(unknown).hasRedirectedUrl("/admin");
        assertThat(unknown).flash().containsEntry("message", "There is no user named 'ghost'.");
        assertThat(html(get(admin, "/admin")))
                .contains("<form method=\"post\" action=\"/admin/groups/" + group + "/members/" + cid + "/remove\"");

        MvcTestResult removed = post(admin, "/admin/groups/" + group + "/members/" + cid + "/remove", Map.of(), false);

        assertThat(removed).hasRedirectedUrl("/admin");
        assertThat(members(group)).isEmpty();
    }

    @Test
    void aMentorIsAddedWithTheMentorBox() {
        long admin = database.user("root-mentor");
        long mia = database.user("mia-mentor");
        long group = groups.create("mentored class");

        post(admin, "/admin/groups/" + group + "/members", Map.of("username", "mia-mentor", "mentor", "true"), false);

        assertThat(members(group)).containsExactly(new Group.Member(mia, "mia-mentor", true));
    }

    private java.util.List<Group.Member> members(long group) {
        return groups.list().stream()
                .filter(g -> g.id() == group)
                .findFirst()
                .orElseThrow()
                .members();
    }
}
