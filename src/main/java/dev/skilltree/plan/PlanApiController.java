package dev.skilltree.plan;

import dev.skilltree.account.AccountUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
class PlanApiController {

    private final PlanService plans;

    PlanApiController(PlanService plans) {
        this.plans = plans;
    }

    @PostMapping(path = "/api/v1/me/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(
            @AuthenticationPrincipal AccountUser user, @RequestBody PlanSettings settings) {
        PlanView view = plans.create(user.account().id(), settings);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/me/plans/" + view.id())
                .body(body(view));
    }

    @GetMapping("/api/v1/me/plans/{id}")
    Map<String, Object> get(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
        return body(plans.get(user.account().id(), id));
    }

    /** Without a body (or with {@code {}}) the plan keeps its settings; the fields given replace theirs. */
    @PostMapping("/api/v1/me/plans/{id}/replan")
    Map<String, Object> replan(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestBody(required = false) Map<String, Object> settings) {
        return body(plans.replan(user.account().id(), id, settings == null ? Map.of() : settings));
    }

    @GetMapping("/api/v1/me/plans/{id}.ics")
    ResponseEntity<String> icalendar(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "en") String lang) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-" + id + ".ics\"")
                .body(plans.icalendar(user.account().id(), id, base, lang));
    }

    @GetMapping("/api/v1/me/plans/{id}.md")
    ResponseEntity<String> markdown(
            @AuthenticationPrincipal AccountUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "en") String lang) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                .body(plans.markdown(user.account().id(), id, lang));
    }

    private static Map<String, Object> body(PlanView view) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", view.id());
        body.put("version", view.version());
        body.put("settings", view.settings());
        body.putAll(PlanJson.of(view.roadmap().id(), view.plan(), view.milestones(), view.pulledIn()));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("today", view.today().toString());
        figures.put("plannedHoursByToday", view.progress().plannedHours());
        figures.put("doneHoursByToday", view.progress().doneHours());
        figures.put("slipHours", view.progress().slipHours());
        figures.put("slipWeeks", view.progress().slipWeeks());
        figures.put("paceHoursPerWeek", view.pace().hoursPerWeek());
        view.pace().projectedFinish().ifPresent(d -> figures.put("projectedFinishAtPace", d.toString()));
        body.put("figures", figures);
        body.put("versions", view.versions().stream().map(Object::toString).toList());
        return body;
    }
}
