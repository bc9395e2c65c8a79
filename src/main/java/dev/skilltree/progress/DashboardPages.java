package dev.skilltree.progress;

import dev.skilltree.account.Account;
import dev.skilltree.account.AccountUser;
import dev.skilltree.account.GroupService;
import dev.skilltree.grading.QueueService;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.roadmap.RoadmapSummary;
import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The home page, my dashboard (for a mentor, with their learners and the grading queue), and a mentor's read-only
 * view of a learner's dashboard.
 */
@PageController
class DashboardPages {

    private final RoadmapService roadmaps;
    private final ProgressService progress;
    private final GroupService groups;
    private final QueueService queue;
    private final LearnerAccess access;
    private final EvidenceService evidence;
    private final Clock clock;
    private final JsonMapper json;

    DashboardPages(
            RoadmapService roadmaps,
            ProgressService progress,
            GroupService groups,
            QueueService queue,
            LearnerAccess access,
            EvidenceService evidence,
            Clock clock,
            JsonMapper json) {
        this.roadmaps = roadmaps;
        this.progress = progress;
        this.groups = groups;
        this.queue = queue;
        this.access = access;
        this.evidence = evidence;
        this.clock = clock;
        this.json = json;
    }

    @GetMapping("/")
    String home(@ModelAttribute("page") Page page, Model model) {
        List<RoadmapSummary> all = roadmaps.list();
        model.addAttribute("roadmaps", all);
        model.addAttribute(
                "percents",
                all.stream()
                        .map(r -> page.signedIn()
                                ? progress.progress(page.user().id(), r.id()).percent(n -> true)
                                : -1.0)
                        .toList());
        return "progress/home";
    }

    @GetMapping("/dashboard")
    String mine(
            @RequestParam(required = false) String roadmap,
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("page") Page page,
            Model model) {
        DashboardView view = view(user.account(), roadmap, page, false);
        model.addAttribute("view", view);
        if (!view.learners().isEmpty()) {
            model.addAttribute("queue", queue.overview(user.account()));
        }
        return "progress/dashboard";
    }

    @GetMapping("/learners/{username}")
    String learner(
            @PathVariable String username,
            @RequestParam(required = false) String roadmap,
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("page") Page page,
            Model model) {
        Account learner = access.readable(user.account(), username);
        model.addAttribute("view", view(learner, roadmap, page, !learner.equals(user.account())));
        return "progress/dashboard";
    }

    @PostMapping("/progress/import")
    String importFile(
            @RequestParam("file") MultipartFile file, @ModelAttribute("page") Page page, RedirectAttributes redirect) {
        ProgressExport parsed;
        try {
            parsed = json.readValue(file.getBytes(), ProgressExport.class);
        } catch (IOException | JacksonException e) {
            redirect.addFlashAttribute("message", page.t("progress.importUnreadable", file.getOriginalFilename()));
            return "redirect:/dashboard";
        }
        try {
            ProgressExport.Outcome outcome = progress.importProgress(page.user().id(), parsed);
            redirect.addFlashAttribute(
                    "message",
                    page.t(
                            "progress.imported",
                            outcome.statusesChanged(),
                            outcome.notesChanged(),
                            outcome.historyAdded()));
            return "redirect:/dashboard?roadmap=" + parsed.roadmap();
        } catch (InvalidProgress | dev.skilltree.roadmap.RoadmapNotFound e) {
            redirect.addFlashAttribute("message", e.getMessage());
            return "redirect:/dashboard";
        }
    }

    private DashboardView view(Account learner, String requested, Page page, boolean readOnly) {
        List<RoadmapSummary> all = roadmaps.list();
        String id = requested != null
                ? requested
                : all.isEmpty() ? "python-advanced" : all.getFirst().id();
        RoadmapProgress p = progress.progress(learner.id(), id);
        Activity activity = Activity.of(
                progress.history(learner.id(), id),
                clock.instant(),
                ZoneId.systemDefault(),
                statuses -> new RoadmapProgress(p.roadmap(), statuses)
                        .tally(n -> true)
                        .complete());
        ProgressSummary summary = ProgressSummary.of(p);
        ActivityCharts.Words words = new ActivityCharts.Words(
                java.util.Locale.forLanguageTag(page.lang()),
                page.t("dashboard.heatmap"),
                page.t("dashboard.heatmapLess"),
                page.t("dashboard.heatmapMore"),
                page.t("dashboard.chart"),
                page.t("dashboard.chartDate"),
                page.t("dashboard.chartComplete"),
                page.t("dashboard.chartLegend", summary.total()));
        return new DashboardView(
                learner,
                p,
                summary,
                p.nextUp(null, 8),
                p.inProgress(),
                evidence.passed(learner.id()),
                activity,
                ActivityCharts.heatmap(activity, words),
                ActivityCharts.completion(activity, words),
                p.fromEarlierVersion(),
                all,
                readOnly ? List.of() : groups.learnersOf(learner.id()),
                readOnly);
    }
}
