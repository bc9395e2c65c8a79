package dev.skilltree.grading;

import dev.skilltree.account.Account;
import dev.skilltree.web.Markdown;
import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
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

    ChallengePages(
            ChallengeService challenges,
            SubmissionService submissions,
            SubmissionWatch watch,
            TemplateEngine templates) {
        this.challenges = challenges;
        this.submissions = submissions;
        this.watch = watch;
        this.templates = templates;
    }

    @GetMapping("/challenges")
    String list(@ModelAttribute("page") Page page, Model model) {
        model.addAttribute("challenges", challenges.list());
        return "grading/challenges";
    }

    @GetMapping("/challenges/{slug}")
    String challenge(@PathVariable String slug, @ModelAttribute("page") Page page, Model model) {
        Challenge challenge = challenges.get(slug);
        model.addAttribute("view", view(challenge, page, challenge.starter(), null, ""));
        return "grading/challenge";
    }

    /** Without htmx the browser is sent to the submission's page; with it, the live result replaces the old one. */
    @PostMapping("/challenges/{slug}/submissions")
    String submit(
            @PathVariable String slug,
            @RequestParam Map<String, String> form,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
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
            submission = submissions.submit(page.user(), slug, files);
        } catch (InvalidSubmission | GradingUnavailable e) {
            model.addAttribute("view", view(challenge, page, files, null, e.getMessage()));
            return htmx != null ? "grading/result" : "grading/challenge";
        }
        if (htmx == null) {
            return "redirect:/submissions/" + submission.id();
        }
        model.addAttribute("view", view(challenge, page, files, submission, ""));
        return "grading/result";
    }

    @GetMapping("/submissions/{id}")
    String submission(@PathVariable long id, @ModelAttribute("page") Page page, Model model) {
        Submission submission = submissions.find(page.user(), id);
        Challenge challenge = challenges.get(submission.challenge());
        model.addAttribute("view", view(challenge, page, submission.files(), submission, ""));
        return "grading/submission";
    }

    /** The result fragment, sent again on every change, then {@code done}; the page's htmx swaps it in. */
    @GetMapping(path = "/submissions/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable long id, @ModelAttribute("page") Page page) {
        Account viewer = page.user();
        Submission first = submissions.find(viewer, id);
        Challenge challenge = challenges.get(first.challenge());
        return SubmissionStream.follow(
                watch,
                id,
                next -> submissions.find(viewer, next),
                (emitter, now) -> emitter.send(SseEmitter.event()
                        .name("result")
                        .data(render(view(challenge, page, now.files(), now, "")), MediaType.TEXT_HTML)),
                (emitter, now) -> emitter.send(SseEmitter.event().name("done").data("done")));
    }

    private String render(ChallengeView view) {
        StringOutput html = new StringOutput();
        templates.render("grading/resultBody.jte", Map.of("page", view.page(), "view", view), html);
        return html.toString();
    }

    private ChallengeView view(
            Challenge challenge, Page page, Map<String, String> files, Submission submission, String error) {
        List<Submission> past = page.signedIn() ? submissions.recent(page.user(), challenge.slug()) : List.of();
        return new ChallengeView(
                page,
                challenge,
                Markdown.toSafeHtml(challenge.statement().in(page.lang())),
                files,
                submission,
                past,
                error);
    }
}
