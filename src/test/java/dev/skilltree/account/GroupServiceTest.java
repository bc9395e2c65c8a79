package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Groups as an admin makes them and a mentor reads them, over a real H2 database: names, members added by user
 * name, and whom a mentor may read. The SQL on both databases is GroupRepositoryTest's.
 */
class GroupServiceTest {

    @TempDir
    Path data;

    private TestDatabase db;
    private GroupService groups;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(data);
        groups = new GroupService(new GroupRepository(db.jdbc()), new AccountRepository(db.jdbc()));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void aGroupIsNamedWithoutSurroundingSpacesAndCreatingItAgainFindsTheSameGroup() {
        long created = groups.create("  evening class ");

        assertThat(groups.create("evening class")).isEqualTo(created);
        assertThat(groups.create("morning class")).isNotEqualTo(created);
        assertThat(groups.list()).extracting(Group::name).containsExactly("evening class", "morning class");
    }

    @Test
    void refusesANameThatIsBlankOrLongerThanEightyCharacters() {
        for (String name : new String[] {null, "", "   ", "x".repeat(81)}) {
            assertThatThrownBy(() -> groups.create(name))
                    .as("name %s", name)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A group name has 1 to 80 characters.");
        }
        assertThat(groups.create("x".repeat(80))).isPositive();
        assertThat(groups.list()).extracting(Group::name).containsExactly("x".repeat(80));
    }

    @Test
    void aMentorReadsTheLearnersAddedByNameAndNoLongerOneWhoIsRemoved() {
        long mia = db.user("mia");
        long ann = db.user("ann");
        long bob = db.user("bob");
        long group = groups.create("class");
        groups.addMember(group, "mia", true);
        groups.addMember(group, "bob", false);
        groups.addMember(group, "ann", false);

        assertThat(groups.mentors(mia, ann)).isTrue();
        assertThat(groups.mentors(ann, mia)).as("a learner mentors nobody").isFalse();
        assertThat(groups.learnersOf(mia)).extracting(Account::username).containsExactly("ann", "bob");

        groups.removeMember(group, ann);

        assertThat(groups.mentors(mia, ann)).isFalse();
        assertThat(groups.learnersOf(mia)).extracting(Account::id).containsExactly(bob);
    }

    @Test
    void addingAMemberAgainMakesALearnerAMentor() {
        long max = db.user("max");
        long group = groups.create("class");
        groups.addMember(group, "max", false);

        groups.addMember(group, "max", true);

        assertThat(groups.list().getFirst().members()).containsExactly(new Group.Member(max, "max", true));
    }

    @Test
    void addingSomeoneWhoHasNoAccountSaysSoAndAddsNobody() {
        long group = groups.create("class");

        assertThatThrownBy(() -> groups.addMember(group, "ghost", false))
                .isInstanceOf(InvalidAccount.class)
                .hasMessage("There is no user named 'ghost'.");
        assertThat(groups.list().getFirst().members()).isEmpty();
    }
}
