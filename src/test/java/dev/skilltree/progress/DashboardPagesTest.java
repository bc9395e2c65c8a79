package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.account.GroupService;
import dev.skilltree.grading.ChallengeService;
import dev.skilltree.grading.submission.SubmissionRepository;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.PageSlice;
import dev.skilltree.support.PageSliceRequests;
import dev.skilltree.support.SignedIn;
import dev.skilltree.support.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The home page, a learner's dashboard, a mentor's view of their learners and the progress import form, in a web
 * slice rendering the real templates over a real H2 database holding the roadmap of {@link ProgressFixtures}, the
 * built-in challenges, the groups and the grading queue as their modules make them.
 */
@PageSlice(DashboardPages.class)
@Import(LearnerAccessWiring.class)
class DashboardPagesTest extends PageSliceRequests {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired
    ProgressService progress;

    @Autowired
    GroupService groups;

    @Autowired
    SubmissionRepository submissions;

    @TestConfiguration
    @ComponentScan(
            basePackages = "dev.skilltree.grading",
            useDefaultFilters = false,
            includeFilters =
                    @ComponentScan.Filter(
                            type = FilterType.REGEX,
                            pattern = "dev\\.skilltree\\.grading\\.(QueueService|submission\\.SubmissionRepository)"))
    static class RealProgress {

        @Bean
        Roadmap roadmap() {
            return ProgressFixtures.roadmap();
        }

        @Bean
        EvidenceService evidence(TestDatabase database, MovableClock clock) {
            ChallengeService challenges = ChallengeService.of(database.jdbc(), clock);
            challenges.installBuiltIns();
            return new EvidenceService(new EvidenceRepository(database.jdbc()), challenges);
        }
    }

    @Test
    void aNewLearnerSeesNothingDoneWhatToStartWithAndTheirDataForms() {
        MvcTestResult page = get(database.user("newcomer"), "/dashboard");

        assertThat(page).hasStatusOk();
        assertThat(html(page))
                .contains("<h1>Your dashboard</h1>", "<a href=\"/roadmaps/python\">Python roadmap</a>")
                .contains("id=\"dashboard-percent\">0%</p>", "id=\"count-todo\">5</dd>", "id=\"count-done\">0</dd>")
                .contains("No streak yet", "no active days")
                .contains("<a href=\"/roadmaps/python/nodes/loops\">Loops</a>")
                .contains("<a href=\"/roadmaps/python/nodes/functions\">Functions</a>")
                .contains("Nothing in progress", "No challenge passed yet.")
                .contains("hx-get=\"/plan/this-week\"", "hx-get=\"/review/summary\"")
                .contains("href=\"/api/v1/me/progress/python/export?format=json\"")
                .contains("<form method=\"post\" action=\"/progress/import\"")
                .doesNotContain("Your learners", "id=\"grading-queue\"", "From an earlier version");
    }

    @Test
    void aLearnerSeesTheirStatusesTheirStreakAndTheChallengesTheyPassed() {
        long learner = database.user("busy");
        progress.set(learner, "python", "syntax", Status.DONE);
        progress.set(learner, "python", "types", Status.LEARNING);
        // What the listener of ChallengePassed records, written here without its asynchronous delivery.
        new EvidenceRepository(database.jdbc())
                .add(learner, "closures", "closure-counter", database.submission(learner, "closure-counter"), AT);

        String page = html(get(learner, "/dashboard"));

        assertThat(page)
                .contains("id=\"count-done\">2</dd>", "id=\"count-learning\">1</dd>", "id=\"count-todo\">2</dd>")
                .contains("id=\"dashboard-percent\">40%</p>", "1-day streak", "1 active day")
                .contains("<li data-node=\"types\">", "<a href=\"/roadmaps/python/nodes/types\">Types</a>")
                .contains(
                        "<li data-challenge=\"closure-counter\">",
                        "<a href=\"/challenges/closure-counter\">A counter made of a closure</a>")
                .doesNotContain("Nothing in progress", "No challenge passed yet.");
    }

    @Test
    void theDashboardSpeaksTheLearnersLanguage() {
        long learner = database.user("reader-zh");

        String page = html(mvc.get()
                .uri("/dashboard")
                .with(SignedIn.learner(learner))
                .header("Accept-Language", "zh-CN")
                .exchange());

        assertThat(page).contains("lang=\"zh-CN\"", "Python 路线").doesNotContain("Your dashboard");
    }

    @Test
    void aMentorSeesTheirLearnersAndTheGradingQueueOfThoseLearnersOnly() {
        long mentor = database.user("teacher");
        long pupil = database.user("pupil");
        long stranger = database.user("stranger");
        long group = groups.create("class-a");
        groups.addMember(group, "teacher", true);
        groups.addMember(group, "pupil", false);
        submissions.insert(pupil, "closure-counter", Map.of("solution.py", "pass"), AT);
        submissions.insert(stranger, "closure-counter", Map.of("solution.py", "pass"), AT);

        String page = html(get(mentor, "/dashboard"));

        assertThat(page)
                .contains("<h2 id=\"learners-title\">Your learners</h2>")
                .contains("<a href=\"/learners/pupil?roadmap=python\">pupil</a>")
                .contains("id=\"grading-queue\"", "id=\"queue-queued\">2</dd>", "<td>pupil</td>")
                .doesNotContain("<td>stranger</td>", "/learners/stranger");
    }

    @Test
    void aMentorReadsALearnersDashboardWithoutTheirFormsAndAnOutsiderIsToldThereIsNoSuchLearner() {
        long mentor = database.user("coach");
        long pupil = database.user("trainee");
        long outsider = database.user("outsider");
        long group = groups.create("class-b");
        groups.addMember(group, "coach", true);
        groups.addMember(group, "trainee", false);
        progress.set(pupil, "python", "syntax", Status.DONE);

        MvcTestResult byMentor = get(mentor, "/learners/trainee");
        MvcTestResult byOutsider = get(outsider, "/learners/trainee");
        MvcTestResult nobody = get(mentor, "/learners/nobody");

        assertThat(byMentor).hasStatusOk();
        assertThat(html(byMentor))
                .contains("<h1>Dashboard of trainee</h1>", "id=\"count-done\">2</dd>")
                .doesNotContain("action=\"/progress/import\"", "hx-get=\"/plan/this-week\"", "Your learners");
        assertThat(byOutsider).hasStatus(404);
        assertThat(html(byOutsider))
                .contains("<h1 id=\"error-heading\">Page not found</h1>", "it belongs to another learner")
                .doesNotContain("count-done", "Dashboard of trainee");
        assertThat(nobody).hasStatus(404);
        assertThat(html(nobody)).contains("<h1 id=\"error-heading\">Page not found</h1>");
    }

    @Test
    void aRoadmapThatDoesNotExistIsNotFound() {
        MvcTestResult page = get(database.user("lost"), "/dashboard?roadmap=cobol");

        assertThat(page).hasStatus(404);
        assertThat(html(page)).contains("<title>Error 404 · skilltree</title>");
    }

    @Test
    void theHomePageInvitesSomeoneSignedOutAndShowsALearnerHowFarTheyAre() {
        long learner = database.user("returning");
        progress.set(learner, "python", "types", Status.DONE);

        String signedOut = html(mvc.get().uri("/").exchange());
        String signedIn = html(get(learner, "/"));

        assertThat(signedOut)
                .contains("<a class=\"button\" href=\"/register\" id=\"home-start\">Start learning</a>")
                .contains("<a href=\"/roadmaps/python\">Python roadmap</a>", "5 topics")
                .doesNotContain("role=\"progressbar\"");
        assertThat(signedIn).contains("20% complete").doesNotContain("id=\"home-start\"");
    }

    @Test
    void anImportedFileChangesTheDashboardAndSaysWhatItChanged() {
        long learner = database.user("mover");
        String file = """
                {"format": "skilltree-progress/1", "roadmap": "python", "exportedAt": "2026-03-01T10:00:00Z",
                 "statuses": [{"node": "types", "status": "done"}],
                 "notes": [{"node": "types", "body": "int, str"}],
                 "history": [{"node": "types", "from": "todo", "to": "done", "at": "2026-03-01T09:00:00Z"}]}""";

        MvcTestResult imported = upload(learner, "progress.json", file);

        assertThat(imported).hasRedirectedUrl("/dashboard?roadmap=python");
        assertThat(imported)
                .flash()
                .containsEntry("message", "Imported: 1 status(es), 1 note(s) and 1 history row(s) changed.");
        assertThat(html(get(learner, "/dashboard?roadmap=python"))).contains("id=\"count-done\">1</dd>");
    }

    @Test
    void aFileThatIsNotAProgressFileChangesNothingAndSaysWhy() {
        long learner = database.user("careless");

        MvcTestResult unreadable = upload(learner, "notes.txt", "not json");
        MvcTestResult unknownRoadmap = upload(
                learner,
                "other.json",
                "{\"format\": \"skilltree-progress/1\", \"roadmap\": \"cobol\", \"statuses\": []}");

        assertThat(unreadable).hasRedirectedUrl("/dashboard");
        assertThat(unreadable)
                .flash()
                .containsEntry("message", "The file notes.txt is not a skilltree progress file (JSON).");
        assertThat(unknownRoadmap).hasRedirectedUrl("/dashboard");
        assertThat((String) unknownRoadmap.getMvcResult().getFlashMap().get("message"))
                .contains("cobol");
        assertThat(progress.history(learner, "python")).isEmpty();
    }

    private MvcTestResult upload(long learner, String name, String content) {
        return mvc.post()
                .uri("/progress/import")
                .multipart()
                .file(new MockMultipartFile("file", name, "application/json", content.getBytes(StandardCharsets.UTF_8)))
                .with(SignedIn.learner(learner))
                .exchange();
    }
}
