package dev.skilltree.grading;

import dev.skilltree.account.Account;
import dev.skilltree.account.AccountUser;
import dev.skilltree.grading.submission.Submission;
import dev.skilltree.grading.submission.SubmissionService;
import dev.skilltree.grading.submission.SubmissionStream;
import dev.skilltree.grading.submission.SubmissionWatch;
import dev.skilltree.grading.submission.TooManySubmissions;
import dev.skilltree.web.Markdown;
import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The challenge list, a challenge with its editor and past submissions, and a submission's live result. */
@PageController
class ChallengePages {

    /** Form fields carrying files are named {@code file:<path>}. */
    static final String FILE_FIELD = "file:";

    private final ChallengeService challenges;
    private final SubmissionService submissions;
    private final SubmissionWatch watch;
    private final TemplateEngine templates;
    private final ChallengeTopics topics;

    ChallengePages(
            ChallengeService challenges,
            SubmissionService submissions,
            SubmissionWatch watch,
            TemplateEngine templates,
            ChallengeTopics topics) {
        this.challenges = challenges;
        this.submissions = submissions;
        this.watch = watch;
        this.templates = templates;
        this.topics = topics;
    }

    @GetMapping("/challenges")
    String list(
            @RequestParam(required = false) String series,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String direction,
            @RequestParam(required = false) String difficulty,
            @RequestParam(required = false) String kind,
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("page") Page page,
            Model model) {
        ChallengeFilter filter = new ChallengeFilter(
                series,
                stage != null && stage.matches("[1-5]") ? Integer.valueOf(stage) : null,
                topic,
                direction,
                difficulty,
                kind);
        Map<String, ChallengeStanding> standings = user == null ? Map.of() : submissions.standings(user.account());
        List<Challenge> all = challenges.list();
        model.addAttribute("list", ChallengeList.of(all, filter, standings));
        model.addAttribute("topics", topics.titles(all, page.lang()));
        return "grading/challenges";
    }

    /** The editor holds the learner's last submission, or the starter when there is none or {@code starter} is set. */
    @GetMapping("/challenges/{slug}")
    String challenge(
            @PathVariable String slug,
            @RequestParam(defaultValue = "false") boolean starter,
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("page") Page page,
            Model model) {
        Challenge challenge = challenges.get(slug);
        Account learner = account(user);
        List<Submission> past = learner == null ? List.of() : submissions.recent(learner, slug);
        Map<String, String> files = new LinkedHashMap<>(challenge.starter());
        Long restored = null;
        if (!starter && !past.isEmpty()) {
            past.getFirst().files().forEach((path, text) -> files.computeIfPresent(path, (p, old) -> text));
            restored = past.getFirst().id();
        }
        model.addAttribute("view", view(challenge, page, learner, files, null, "", restored));
        return "grading/challenge";
    }

    /** Without htmx the browser is sent to the submission's page; with it, the live result replaces the old one. */
    @PostMapping("/challenges/{slug}/submissions")
    String submit(
            @PathVariable String slug,
            @RequestParam Map<String, String> form,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("page") Page page,
            Model model) {
        Challenge challenge = challenges.get(slug);
        Map<String, String> files = new LinkedHashMap<>();
        form.forEach((name, text) -> {
            if (name.startsWith(FILE_FIELD)) {
                files.put(name.substring(FILE_FIELD.length()), text.replace("\r\n", "\n"));
            }
        });
        Submission submission;
        try {
            submission = submissions.submit(user.account(), slug, files);
        } catch (InvalidSubmission e) {
            model.addAttribute("view", view(challenge, page, user.account(), files, null, e.getMessage(), null));
            return htmx != null ? "grading/result" : "grading/challenge";
        } catch (TooManySubmissions e) {
            String why = page.t("grading.tooMany", e.inFlight().size());
            model.addAttribute("view", view(challenge, page, user.account(), files, null, why, null));
            return htmx != null ? "grading/result" : "grading/challenge";
        }
        if (htmx == null) {
            return "redirect:/submissions/" + submission.id();
        }
        model.addAttribute("view", view(challenge, page, user.account(), files, submission, "", null));
        return "grading/submitted";
    }

    @GetMapping("/submissions/{id}")
    String submission(
            @PathVariable long id,
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("page") Page page,
            Model model) {
        Submission submission = submissions.find(user.account(), id);
        Challenge challenge = challenges.get(submission.challenge());
        model.addAttribute("view", view(challenge, page, user.account(), submission.files(), submission, "", null));
        return "grading/submission";
    }

    /** The result fragment, sent again on every change, then {@code done}; the page's htmx swaps it in. */
    @GetMapping(path = "/submissions/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            @PathVariable long id, @AuthenticationPrincipal AccountUser user, @ModelAttribute("page") Page page) {
        Account viewer = user.account();
        Submission first = submissions.find(viewer, id);
        Challenge challenge = challenges.get(first.challenge());
        return SubmissionStream.follow(
                watch,
                id,
                next -> submissions.find(viewer, next),
                (emitter, now) -> emitter.send(SseEmitter.event()
                        .name("result")
                        .data(render(view(challenge, page, viewer, now.files(), now, "", null)), MediaType.TEXT_HTML)),
                (emitter, now) -> emitter.send(SseEmitter.event().name("done").data("done")));
    }

    private static Account account(AccountUser user) {
        return user == null ? null : user.account();
    }

    private String render(ChallengeView view) {
        StringOutput html = new StringOutput();
        templates.render("grading/resultLive.jte", Map.of("page", view.page(), "view", view), html);
        return html.toString();
    }

    private ChallengeView view(
            Challenge challenge,
            Page page,
            Account learner,
            Map<String, String> files,
            Submission submission,
            String error,
            Long restored) {
        List<Submission> past = learner != null ? submissions.recent(learner, challenge.slug()) : List.of();
        boolean passed = submission != null
                && submission.finished()
                && submission.verdict() == Verdict.PASSED
                && learner != null
                && submission.userId() == learner.id();
        Challenge next = passed
                ? ChallengeList.nextAfter(challenges.list(), challenge.slug(), submissions.standings(learner))
                        .orElse(null)
                : null;
        return new ChallengeView(
                page,
                challenge,
                Markdown.toSafeHtml(challenge.statement().in(page.lang())),
                files,
                submission,
                past,
                error,
                topics.titles(challenge.nodes(), page.lang()),
                next,
                restored,
                submission != null && !submission.finished() && !submissions.anyNodeGrades());
    }
}
