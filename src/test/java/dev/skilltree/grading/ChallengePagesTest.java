package dev.skilltree.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.grading.submission.Submission;
import dev.skilltree.grading.submission.SubmissionRepository;
import dev.skilltree.support.MovableClock;
import dev.skilltree.support.PageSlice;
import dev.skilltree.support.PageSliceRequests;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The challenge list, a challenge with its editor, a submission sent from the form (as a page and by htmx) and a
 * submission's page and live result, in a web slice rendering the real templates over a real H2 database holding
 * the built-in challenges and roadmap. No node grades here: a submission stays queued until a test finishes it.
 */
@PageSlice(ChallengePages.class)
@Import(GradingWiring.class)
class ChallengePagesTest extends PageSliceRequests {

    private static final String COUNTER = "closure-counter";
    private static final Pattern SUBMISSION = Pattern.compile("data-submission=\"(\\d+)\"");

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    ChallengeService challenges;

    @Autowired
    GradingWiring.WaitingQueue queue;

    @Autowired
    MovableClock clock;

    @AfterEach
    void noNodeGrades() {
        queue.nodeGrades(false);
    }

    @Test
    void theListShowsEveryChallengeWithItsTopicsByNameAndNoStandingWhenSignedOut() {
        int all = challenges.list().size();

        String english = html(mvc.get().uri("/challenges").exchange());
        String chinese = html(
                mvc.get().uri("/challenges").header("Accept-Language", "zh-CN").exchange());

        assertThat(english)
                .contains(all + " of " + all + " challenges")
                .contains("href=\"/challenges/closure-counter\"")
                .contains("<a class=\"tag\" href=\"/roadmaps/python-advanced/nodes/closures\">Closures</a>")
                .doesNotContain("badge standing", "passed</p>", "Clear the filters");
        assertThat(chinese).contains("<a class=\"tag\" href=\"/roadmaps/python-advanced/nodes/closures\">闭包</a>");
    }

    @Test
    void aSignedInLearnerSeesHowManyShownTheyPassedAndAFilterKeepsItsChoice() {
        long learner = database.user("filterer");
        finished(learner, COUNTER, Verdict.PASSED);

        String closures = html(get(learner, "/challenges?topic=closures&stage=3"));
        String none = html(get(learner, "/challenges?topic=closures&kind=service"));
        String badStage = html(get(learner, "/challenges?stage=9"));

        assertThat(closures)
                .containsPattern("1 of \\d+ challenges · 1 passed")
                .contains("<span class=\"badge standing standing-passed\">Passed</span>")
                .contains("<option value=\"closures\" selected>")
                .contains("<option value=\"3\" selected>")
                .contains("<a href=\"/challenges\">Clear the filters</a>");
        assertThat(none).contains("No challenge matches these filters.").containsPattern("0 of \\d+ challenges");
        assertThat(badStage)
                .as("a stage outside 1 to 5 filters nothing")
                .contains(challenges.list().size() + " of " + challenges.list().size() + " challenges");
    }

    @Test
    void aChallengeShowsItsStatementAndStarterAndAsksASignedOutReaderToSignIn() {
        String page = html(mvc.get().uri("/challenges/" + COUNTER).exchange());

        assertThat(page)
                .contains("<h1>A counter made of a closure</h1>")
                .contains("<div class=\"description\"><p>Write <code>make_counter(start&#61;0, step&#61;1)</code>")
                .contains("<a class=\"tag\" href=\"/roadmaps/python-advanced/nodes/higher-order-functions\">")
                .contains("limits: 2 s CPU, 5 s wall clock, 256 MB")
                .contains("Sign in to submit your solution.")
                .contains("<h3>solution.py</h3>")
                .contains("raise NotImplementedError")
                .doesNotContain("<form method=\"post\" action=\"/challenges/closure-counter/submissions\"")
                .doesNotContain("current += step");
    }

    @Test
    void theEditorHoldsTheLearnersLastSubmissionUntilTheyAskForTheStarter() {
        long learner = database.user("returner");
        String before = html(get(learner, "/challenges/" + COUNTER));
        long last = finished(learner, COUNTER, Verdict.FAILED, "def make_counter():\n    return 'mine'\n");

        String after = html(get(learner, "/challenges/" + COUNTER));
        String fresh = html(get(learner, "/challenges/" + COUNTER + "?starter=true"));

        assertThat(before)
                .contains("action=\"/challenges/closure-counter/submissions\"", "name=\"file:solution.py\"")
                .contains("raise NotImplementedError")
                .doesNotContain("id=\"restored\"");
        assertThat(after)
                .contains("The editor shows your last submission (#" + last + ").")
                .contains("return 'mine'")
                .contains("<a href=\"/submissions/" + last + "\">#" + last + "</a>")
                .doesNotContain("raise NotImplementedError");
        assertThat(fresh).contains("raise NotImplementedError").doesNotContain("id=\"restored\"");
    }

    @Test
    void anUnknownChallengeIsTheNotFoundPage() {
        MvcTestResult missing = mvc.get().uri("/challenges/no-such-challenge").exchange();

        assertThat(missing).hasStatus(404);
        assertThat(html(missing)).contains("Error 404").doesNotContain("Exception");
    }

    @Test
    void aFormSentWithoutHtmxGoesToTheSubmissionsPageWhichSaysItWaitsForANode() {
        long learner = database.user("plain");

        MvcTestResult sent = post(
                learner,
                "/challenges/" + COUNTER + "/submissions",
                Map.of("file:solution.py", "def make_counter(start=0, step=1):\r\n    return None\r\n"),
                false);
        String location = sent.getResponse().getRedirectedUrl();
        String waiting = html(get(learner, location));
        queue.nodeGrades(true);
        String graded = html(get(learner, location));

        assertThat(location).matches("/submissions/\\d+");
        assertThat(waiting)
                .contains("<span class=\"verdict verdict-queued\" id=\"verdict\">Queued…</span>")
                .contains("No node grades submissions right now. Yours is saved in the queue")
                .contains("def make_counter(start=0, step=1):\n    return None\n")
                .doesNotContain("\r\n    return None");
        assertThat(graded).contains("id=\"verdict\">Queued…<").doesNotContain("id=\"no-grader\"");
    }

    @Test
    void aFormSentByHtmxSwapsInTheLiveResultAndTheNewPastSubmission() {
        long learner = database.user("swapper");

        MvcTestResult sent = post(
                learner,
                "/challenges/" + COUNTER + "/submissions",
                Map.of("file:solution.py", "def make_counter(start=0, step=1):\n    pass\n"),
                true);
        String fragment = html(sent);
        long id = id(fragment);

        assertThat(sent).hasStatusOk();
        assertThat(fragment)
                .doesNotContain("<html")
                .contains("sse-connect=\"/submissions/" + id + "/stream\"")
                .contains("<section id=\"past\"", "hx-swap-oob=\"true\"")
                .contains("<a href=\"/submissions/" + id + "\">#" + id + "</a>");
    }

    @Test
    void aFileTheChallengeDoesNotTakeIsRefusedWithTheReasonAndTheCodeKept() {
        long learner = database.user("stray");
        Map<String, String> form = Map.of("file:other.py", "x = 1\n");

        MvcTestResult page = post(learner, "/challenges/" + COUNTER + "/submissions", form, false);
        MvcTestResult fragment = post(learner, "/challenges/" + COUNTER + "/submissions", form, true);

        assertThat(page).hasStatusOk();
        assertThat(html(page))
                .contains("<html")
                .contains("<p class=\"error\" role=\"alert\" id=\"submit-error\">'other.py' is not a file of this"
                        + " challenge; submit solution.py</p>")
                .contains("name=\"file:other.py\"");
        assertThat(html(fragment))
                .doesNotContain("<html")
                .contains("id=\"submit-error\"", "is not a file of this challenge");
        assertThat(html(get(learner, "/challenges/" + COUNTER))).doesNotContain("id=\"past-title\"");
    }

    @Test
    void aPassedSubmissionOffersTheNextChallengeAndToMarkItsTopicsDone() {
        long learner = database.user("passer");
        long id = finished(learner, COUNTER, Verdict.PASSED);
        List<Challenge> ordered = ChallengeFilter.ALL.apply(challenges.list());
        Challenge next = ordered.get((ordered.indexOf(challenges.get(COUNTER)) + 1) % ordered.size());

        String page = html(get(learner, "/submissions/" + id));

        assertThat(page)
                .contains("<span class=\"verdict verdict-passed\" id=\"verdict\">Passed</span>")
                .contains("1 of 1 tests passed")
                .contains("<a id=\"next-challenge\" href=\"/challenges/" + next.slug() + "\">")
                .contains("Mark “Closures” done")
                .contains("action=\"/roadmaps/python-advanced/nodes/closures/status\"");
    }

    @Test
    void aFailedSubmissionOffersNoNextStep() {
        long learner = database.user("trier");
        long id = finished(learner, COUNTER, Verdict.FAILED);

        String page = html(get(learner, "/submissions/" + id));

        assertThat(page).contains("id=\"verdict\">Failed<").doesNotContain("id=\"next-step\"");
    }

    @Test
    void anotherLearnersSubmissionIsNotFound() {
        long owner = database.user("owner");
        long other = database.user("nosy");
        long id = finished(owner, COUNTER, Verdict.PASSED);

        MvcTestResult theirs = get(other, "/submissions/" + id);

        assertThat(get(owner, "/submissions/" + id)).hasStatusOk();
        assertThat(theirs).hasStatus(404);
        assertThat(html(theirs)).contains("Error 404").doesNotContain("solution.py");
    }

    @Test
    void theLiveResultOfAFinishedSubmissionIsSentOnceThenDone() {
        long learner = database.user("watcher");
        long id = finished(learner, COUNTER, Verdict.FAILED);

        MvcTestResult stream = get(learner, "/submissions/" + id + "/stream");

        assertThat(stream).hasStatusOk();
        String events = html(stream);
        assertThat(events)
                .startsWith("event:result")
                .contains("id=\"verdict\">Failed<")
                .contains("0 of 1 tests passed")
                .endsWith("event:done\ndata:done\n\n");
    }

    private long finished(long learner, String slug, Verdict verdict) {
        return finished(learner, slug, verdict, "def make_counter(start=0, step=1):\n    pass\n");
    }

    /** A submission of the learner, graded with the verdict; its id. */
    private long finished(long learner, String slug, Verdict verdict, String code) {
        long id = submissions.insert(learner, slug, Map.of("solution.py", code), clock.instant());
        Submission started = submissions.find(id).orElseThrow().start(clock.instant());
        submissions.start(started);
        String status = verdict == Verdict.PASSED ? "pass" : "fail";
        submissions.finish(
                started.finish(
                        new GradeResult(
                                verdict,
                                "",
                                List.of(new TestOutcome("test_starts_at_zero_by_default", status, "", "", 1.5)),
                                40),
                        clock.instant()),
                "test-node");
        return id;
    }

    private static long id(String html) {
        Matcher found = SUBMISSION.matcher(html);
        assertThat(found.find()).as("a submission shown in " + html).isTrue();
        return Long.parseLong(found.group(1));
    }
}
