package dev.skilltree.review;

import dev.skilltree.account.AccountUser;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.web.Formats;
import dev.skilltree.web.Page;
import dev.skilltree.web.PageController;
import dev.skilltree.web.Xml;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The review session (one due card at a time; rating and undo swap in the next card), the review figures, the
 * dashboard's review card and a topic's cards on its page.
 */
@PageController
class ReviewPages {

    private final ReviewService reviews;
    private final MasteryService mastery;
    private final RoadmapService roadmaps;

    ReviewPages(ReviewService reviews, MasteryService mastery, RoadmapService roadmaps) {
        this.reviews = reviews;
        this.mastery = mastery;
        this.roadmaps = roadmaps;
    }

    @GetMapping("/review")
    String session(@ModelAttribute("page") Page page, Model model) {
        Retries.onDuplicateKey(() -> {
            reviews.catchUp(page.user().id());
            return null;
        });
        card(page, Tally.NONE, null, model);
        return "review/session";
    }

    @PostMapping("/review/undo")
    String undo(
            @RequestParam String card,
            @RequestParam(defaultValue = "") String tally,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @ModelAttribute("page") Page page,
            Model model) {
        ReviewService.Rated undone = reviews.undo(page.user().id(), card);
        return next(htmx, page, Tally.parse(tally).without(undone.rating()), null, model);
    }

    @PostMapping("/review/cards/{cardId}")
    String rate(
            @PathVariable String cardId,
            @RequestParam String rating,
            @RequestParam(required = false) Instant due,
            @RequestParam(defaultValue = "") String tally,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @ModelAttribute("page") Page page,
            Model model) {
        ReviewService.Rated rated = reviews.rate(page.user().id(), cardId, ReviewApiController.rating(rating), due);
        return next(htmx, page, Tally.parse(tally).with(rated.rating()), cardId, model);
    }

    @GetMapping("/review/stats")
    String stats(@ModelAttribute("page") Page page, Model model) {
        long learner = page.user().id();
        ReviewStats stats = reviews.stats(learner);
        double desired = reviews.desiredRetention(learner);
        Map<String, String> states = new LinkedHashMap<>();
        stats.byState().keySet().forEach(state -> states.put(state, page.t("review.state." + state)));
        model.addAttribute("stats", stats);
        model.addAttribute("desired", desired);
        model.addAttribute(
                "charts",
                List.of(
                        ReviewCharts.days(stats.reviewsPerDay(), page.t("review.perDay"), "reviews"),
                        ReviewCharts.retention(stats.retention().rate(), desired, page.t("review.retention")),
                        ReviewCharts.states(states, stats.byState(), page.t("review.byState")),
                        ReviewCharts.days(stats.forecast(), page.t("review.forecast"), "forecast")));
        return "review/stats";
    }

    @PostMapping("/review/settings")
    String settings(@RequestParam double desiredRetention, @ModelAttribute("page") Page page) {
        Retries.onDuplicateKey(() -> {
            reviews.setDesiredRetention(page.user().id(), desiredRetention);
            return null;
        });
        return "redirect:/review/stats";
    }

    /** The dashboard's card: due today, and the topics whose recall is fading. */
    @GetMapping("/review/summary")
    String summary(@ModelAttribute("page") Page page, Model model) {
        long learner = page.user().id();
        model.addAttribute("stats", reviews.stats(learner));
        model.addAttribute(
                "fading",
                reviews.fading(learner, 5).stream()
                        .map(topic -> fading(topic, page.lang()))
                        .toList());
        return "review/summary";
    }

    /** The mastery ring of each topic the learner has begun to hold, for the roadmap graph's script. */
    @GetMapping(path = "/review/mastery/{roadmapId}", produces = "application/json")
    @ResponseBody
    Map<String, Mastery> mastery(@PathVariable String roadmapId, @ModelAttribute("page") Page page) {
        return mastery.of(page.user().id(), roadmapId);
    }

    /** A topic's cards on its page; signed in, the learner's recall of them and a way to add them. */
    @GetMapping("/review/nodes/{roadmapId}/{nodeId}")
    String node(
            @PathVariable String roadmapId,
            @PathVariable String nodeId,
            @AuthenticationPrincipal AccountUser user,
            @ModelAttribute("page") Page page,
            Model model) {
        model.addAttribute("roadmap", roadmapId);
        model.addAttribute("node", nodeId);
        model.addAttribute(
                "cards", reviews.node(user == null ? null : user.account().id(), roadmapId, nodeId));
        return "review/nodeCards";
    }

    @PostMapping("/review/nodes/{roadmapId}/{nodeId}")
    String add(
            @PathVariable String roadmapId,
            @PathVariable String nodeId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @ModelAttribute("page") Page page,
            Model model) {
        Retries.onDuplicateKey(() -> reviews.addNode(page.user().id(), roadmapId, nodeId));
        if (htmx == null) {
            return "redirect:/roadmaps/" + roadmapId + "/nodes/" + nodeId;
        }
        model.addAttribute("roadmap", roadmapId);
        model.addAttribute("node", nodeId);
        model.addAttribute("cards", reviews.node(page.user().id(), roadmapId, nodeId));
        return "review/nodeCards";
    }

    private FadingTopic fading(ReviewService.TopicRecall topic, String lang) {
        String title = roadmaps.get(topic.roadmap())
                .node(topic.node())
                .map(n -> Formats.titleHtml(n.title().in(lang)))
                .orElse(Xml.escape(topic.node()));
        return new FadingTopic(
                "/roadmaps/" + topic.roadmap() + "/nodes/" + topic.node(),
                title,
                Formats.percent(Math.floor(topic.recall() * 100)));
    }

    private String next(String htmx, Page page, Tally tally, String lastRated, Model model) {
        if (htmx == null) {
            return "redirect:/review";
        }
        card(page, tally, lastRated, model);
        return "review/card";
    }

    private void card(Page page, Tally tally, String lastRated, Model model) {
        ReviewService.Queue queue = reviews.due(page.user().id(), 1);
        ReviewService.Queued first =
                queue.cards().isEmpty() ? null : queue.cards().getFirst();
        model.addAttribute(
                "view",
                new ReviewView(
                        first,
                        first == null ? null : roadmaps.get(first.card().roadmap()),
                        queue.total(),
                        tally,
                        lastRated));
    }
}
