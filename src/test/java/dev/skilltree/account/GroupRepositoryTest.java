package dev.skilltree.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Engine;
import dev.skilltree.support.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Groups, their members and who mentors whom, on both databases: H2 and a real PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class GroupRepositoryTest {

    @Parameter
    Engine engine;

    @TempDir
    Path data;

    private TestDatabase db;
    private GroupRepository groups;

    @BeforeEach
    void openDatabase() {
        db = TestDatabase.open(engine, data);
        groups = new GroupRepository(db.jdbc());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void findsAGroupByItsName() {
        long id = groups.insert("evening class");

        assertThat(groups.idOf("evening class")).contains(id);
        assertThat(groups.idOf("morning class")).isEmpty();
    }

    @Test
    void listsGroupsByNameWithMentorsFirstThenLearnersByName() {
        long zeta = groups.insert("zeta");
        long alpha = groups.insert("alpha");
        long carol = db.user("carol");
        long bob = db.user("bob");
        long mia = db.user("mia");
        learners(alpha, carol, bob);
        mentors(alpha, mia);

        assertThat(groups.findAll())
                .containsExactly(
                        new Group(
                                alpha,
                                "alpha",
                                List.of(
                                        new Group.Member(mia, "mia", true),
                                        new Group.Member(bob, "bob", false),
                                        new Group.Member(carol, "carol", false))),
                        new Group(zeta, "zeta", List.of()));
    }

    @Test
    void addingAMemberAgainChangesTheirKindAndRemovingTakesThemOut() {
        long group = groups.insert("class");
        long ada = db.user("ada");
        groups.putMember(group, ada, false);

        groups.putMember(group, ada, true);
        assertThat(groups.findAll().getFirst().members()).containsExactly(new Group.Member(ada, "ada", true));

        groups.removeMember(group, ada);
        assertThat(groups.findAll().getFirst().members()).isEmpty();
    }

    @Test
    void aMentorMentorsTheLearnersOfTheirGroupsOnly() {
        long morning = groups.insert("morning");
        long evening = groups.insert("evening");
        long mia = db.user("mia");
        long max = db.user("max");
        long ann = db.user("ann");
        long bea = db.user("bea");
        long cid = db.user("cid");
        mentors(morning, mia, max);
        learners(morning, bea, ann);
        mentors(evening, mia);
        learners(evening, ann, cid);

        assertThat(groups.mentors(mia, cid)).isTrue();
        assertThat(groups.mentors(max, cid)).as("not in max's group").isFalse();
        assertThat(groups.mentors(mia, max))
                .as("another mentor is not a learner")
                .isFalse();
        assertThat(groups.mentors(bea, ann)).as("a learner mentors nobody").isFalse();
        assertThat(groups.learnersOf(mia))
                .as("each learner once, by name")
                .extracting(Account::username)
                .containsExactly("ann", "bea", "cid");
        assertThat(groups.learnersOf(max)).extracting(Account::username).containsExactly("ann", "bea");
        assertThat(groups.learnersOf(ann)).isEmpty();
    }

    private void mentors(long group, long... users) {
        for (long user : users) {
            groups.putMember(group, user, true);
        }
    }

    private void learners(long group, long... users) {
        for (long user : users) {
            groups.putMember(group, user, false);
        }
    }
}
