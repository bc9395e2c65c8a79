package dev.skilltree.plan;

import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan page (its form, the Gantt, week by week, the figures), re-planning, and the dashboard's This week card. */
@PageController
class PlanPages {

    private final PlanService plans;
    private final RoadmapService roadmaps;

    PlanPages(PlanService plans, RoadmapService roadmaps) {
        this.plans = plans;
        this.roadmaps = roadmaps;
    }

    @GetMapping("/plan")
    String plan(@ModelAttribute("page") Page page, Model model) {
        var active = plans.active(page.user().id());
        String roadmapId = active.map(v -> v.roadmap().id()).orElse("python-advanced");
        model.addAttribute("view", active.orElse(null));
        model.addAttribute("roadmap", roadmaps.get(roadmapId));
        model.addAttribute(
                "gantt",
                active.map(v -> PlanGantt.svg(v, page.lang(), page.t("plan.gantt")))
                        .orElse(""));
        return "plan/plan";
    }

    /** Makes a plan; with {@code plan}, the id of the learner's plan, re-plans that one with the new settings. */
    @PostMapping("/plan")
    String create(
            @RequestParam(required = false) Long plan,
            @RequestParam(defaultValue = "python-advanced") String roadmap,
            @RequestParam(required = false) List<String> track,
            @RequestParam(defaultValue = "") String goals,
            @RequestParam(defaultValue = "") String hoursPerWeek,
            @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "") String start,
            @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String daysOff,
            @RequestParam(defaultValue = "1.0") String pace,
            @ModelAttribute("page") Page page,
            RedirectAttributes redirect) {
        try {
            Map<String, Double> perDay = new LinkedHashMap<>();
            for (String day : PlanSettings.WEEKDAYS) {
                String hours = params.getOrDefault("day-" + day, "").strip();
                if (!hours.isEmpty()) {
                    perDay.put(day, number("hoursPerDay." + day, hours));
                }
            }
            PlanSettings settings = new PlanSettings(
                    roadmap,
                    track == null
                            ? List.of()
                            : track.stream().filter(t -> !t.isBlank()).toList(),
                    Arrays.stream(goals.split("[,\\s]+"))
                            .filter(g -> !g.isBlank())
                            .toList(),
                    hoursPerWeek.isBlank() ? null : number("hoursPerWeek", hoursPerWeek),
                    perDay.isEmpty() ? null : perDay,
                    date("start", start),
                    date("target", target),
                    PlanDocuments.daysOff(daysOff.lines().toList()),
                    number("pace", pace));
            if (plan == null) {
                plans.create(page.user().id(), settings);
            } else {
                plans.replan(page.user().id(), plan, settings);
            }
        } catch (InvalidPlan e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/plan";
    }

    @PostMapping("/plan/{id}/replan")
    String replan(@PathVariable long id, @ModelAttribute("page") Page page, RedirectAttributes redirect) {
        try {
            plans.replan(page.user().id(), id, Map.of());
        } catch (InvalidPlan e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/plan";
    }

    /** The dashboard's card: this week's topics, hours done and left, and the next milestone. */
    @GetMapping("/plan/this-week")
    String thisWeek(@ModelAttribute("page") Page page, Model model) {
        model.addAttribute("view", plans.active(page.user().id()).orElse(null));
        return "plan/thisWeek";
    }

    private static double number(String field, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidPlan.field(field, "'" + text + "' is not a number");
        }
    }

    private static LocalDate date(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidPlan.field(field, "'" + text + "' is not a date like 2026-12-25");
        }
    }
}
