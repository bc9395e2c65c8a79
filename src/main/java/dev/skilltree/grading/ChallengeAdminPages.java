package dev.skilltree.grading;

import dev.skilltree.account.AccountUser;
import dev.skilltree.grading.job.GradingNodes;
import dev.skilltree.grading.job.SchedulerQueue;
import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's view of grading: how this node isolates runs, every grading node on the database (from their
 * heartbeats), the queue, and challenge imports from a zip.
 */
@PageController
class ChallengeAdminPages {

    private final ChallengeService challenges;
    private final GradingStatus status;
    private final SchedulerQueue queue;
    private final GradingNodes nodes;
    private final QueueService queueView;

    ChallengeAdminPages(
            ChallengeService challenges,
            GradingStatus status,
            SchedulerQueue queue,
            GradingNodes nodes,
            QueueService queueView) {
        this.challenges = challenges;
        this.status = status;
        this.queue = queue;
        this.nodes = nodes;
        this.queueView = queueView;
    }

    @GetMapping("/admin/grading")
    String grading(
            @ModelAttribute("page") Page page,
            @ModelAttribute("imported") String imported,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        return show(model, user, List.of());
    }

    @PostMapping("/admin/challenges")
    String importZip(
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean replace,
            @ModelAttribute("page") Page page,
            RedirectAttributes redirect,
            HttpServletResponse response,
            @AuthenticationPrincipal AccountUser user,
            Model model)
            throws IOException {
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "upload.zip"
                        : file.getOriginalFilename();
        try {
            Challenge challenge =
                    challenges.importZip(name, file.getBytes(), replace).challenge();
            redirect.addFlashAttribute("imported", challenge.slug());
            return "redirect:/admin/grading";
        } catch (InvalidChallenge e) {
            return again(model, user, response, HttpStatus.UNPROCESSABLE_CONTENT, e.problems());
        } catch (ChallengeExists e) {
            return again(model, user, response, HttpStatus.CONFLICT, List.of(e.getMessage()));
        }
    }

    /** The page again, with the problems listed and the status saying why nothing was imported. */
    private String again(
            Model model, AccountUser user, HttpServletResponse response, HttpStatus status, List<String> problems) {
        response.setStatus(status.value());
        model.addAttribute("imported", "");
        return show(model, user, problems);
    }

    private String show(Model model, AccountUser user, List<String> problems) {
        model.addAttribute("queue", queueView.overview(user.account()));
        model.addAttribute("status", status);
        model.addAttribute("workers", queue.workers());
        model.addAttribute("challenges", challenges.list());
        model.addAttribute("problems", problems);
        model.addAttribute("nodes", nodes.all());
        return "grading/admin";
    }
}
