package dev.skilltree.review;

import dev.skilltree.account.AccountUser;
import dev.skilltree.review.fsrs.Rating;
import dev.skilltree.roadmap.Node;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.RoadmapService;
import dev.skilltree.roadmap.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReviewApiController {

    private static final int MAX_LIMIT = 500;

    record RatingChoice(String rating, Instant due) {}

    record UndoChoice(String card) {}

    record RetentionSetting(Double desiredRetention) {}

    private final ReviewService reviews;
    private final DeckService decks;
    private final RoadmapService roadmaps;

    ReviewApiController(ReviewService reviews, DeckService decks, RoadmapService roadmaps) {
        this.reviews = reviews;
        this.decks = decks;
        this.roadmaps = roadmaps;
    }

    @GetMapping("/api/v1/me/reviews/due")
    Map<String, Object> due(@AuthenticationPrincipal AccountUser user, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidReview.limit(limit, MAX_LIMIT);
        }
        Retries.onDuplicateKey(() -> {
            reviews.catchUp(user.account().id());
            return null;
        });
        ReviewService.Queue queue = reviews.due(user.account().id(), limit);
        Map<String, Roadmap> read = new HashMap<>();
        List<Map<String, Object>> cards = queue.cards().stream()
                .map(q -> card(q.card(), read.computeIfAbsent(q.card().roadmap(), roadmaps::get), q.intervals()))
                .toList();
        return Map.of("now", queue.now(), "due", queue.total(), "cards", cards);
    }

    @PostMapping("/api/v1/me/reviews/undo")
    Map<String, Object> undo(
            @AuthenticationPrincipal AccountUser user, @RequestBody(required = false) UndoChoice choice) {
        return rated(reviews.undo(user.account().id(), choice == null ? null : choice.card()));
    }

    @PostMapping("/api/v1/me/reviews/{cardId}")
    Map<String, Object> rate(
            @AuthenticationPrincipal AccountUser user, @PathVariable String cardId, @RequestBody RatingChoice choice) {
        return rated(reviews.rate(user.account().id(), cardId, rating(choice.rating()), choice.due()));
    }

    @GetMapping("/api/v1/me/reviews/stats")
    ReviewStats stats(@AuthenticationPrincipal AccountUser user) {
        return reviews.stats(user.account().id());
    }

    @GetMapping("/api/v1/me/reviews/settings")
    Map<String, Object> settings(@AuthenticationPrincipal AccountUser user) {
        return Map.of(
                "desiredRetention", reviews.desiredRetention(user.account().id()));
    }

    @PutMapping("/api/v1/me/reviews/settings")
    Map<String, Object> setSettings(@AuthenticationPrincipal AccountUser user, @RequestBody RetentionSetting setting) {
        if (setting.desiredRetention() == null) {
            throw InvalidReview.required("desiredRetention", "a number from 0.70 to 0.99");
        }
        Retries.onDuplicateKey(() -> {
            reviews.setDesiredRetention(user.account().id(), setting.desiredRetention());
            return null;
        });
        return settings(user);
    }

    @PostMapping("/api/v1/me/reviews/nodes/{roadmapId}/{nodeId}")
    Map<String, Object> addNode(
            @AuthenticationPrincipal AccountUser user, @PathVariable String roadmapId, @PathVariable String nodeId) {
        return Map.of(
                "added",
                Retries.onDuplicateKey(() -> reviews.addNode(user.account().id(), roadmapId, nodeId)));
    }

    @PutMapping(
            path = "/api/v1/roadmaps/{roadmapId}/cards",
            consumes = {"text/markdown", "text/plain"})
    Map<String, Object> importDeck(
            @PathVariable String roadmapId,
            @RequestParam(defaultValue = "10-cards.md") String file,
            @RequestBody String markdown) {
        return Map.of("roadmap", roadmapId, "cards", decks.importDeck(roadmapId, Map.of(file, markdown)));
    }

    static Rating rating(String name) {
        if (name == null) {
            throw InvalidReview.required("rating", "one of again, hard, good, easy");
        }
        return Rating.parse(name).orElseThrow(() -> InvalidReview.unknownRating(name));
    }

    private static Map<String, Object> rated(ReviewService.Rated rated) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("card", rated.cardId());
        body.put("rating", rated.rating().code());
        body.put("state", DeckCard.stateName(rated.schedule()));
        body.put("due", rated.schedule().due());
        body.put("early", rated.early());
        body.put("intervals", seconds(rated.intervals()));
        return body;
    }

    private static Map<String, Object> card(DeckCard held, Roadmap roadmap, Map<Rating, Duration> intervals) {
        Card card = held.card();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", card.id());
        body.put("roadmap", held.roadmap());
        body.put("node", card.node());
        Text title = roadmap.node(card.node()).map(Node::title).orElse(Text.EMPTY);
        body.put("nodeTitle", Map.of("zh", title.zh(), "en", title.en()));
        body.put("type", card.type().name().toLowerCase(Locale.ROOT));
        body.put("state", held.stateName());
        body.put("due", held.schedule().due());
        body.put("zh", side(card.zh()));
        body.put("en", side(card.en()));
        body.put("code", card.code());
        body.put("output", card.output());
        body.put("intervals", seconds(intervals));
        return body;
    }

    private static Map<String, Object> side(Card.Side side) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("question", side.question());
        body.put("answer", side.answer());
        body.put("why", side.why());
        body.put("text", side.text());
        return body;
    }

    private static Map<String, Long> seconds(Map<Rating, Duration> intervals) {
        Map<String, Long> body = new LinkedHashMap<>();
        intervals.forEach((rating, wait) -> body.put(rating.code(), wait.toSeconds()));
        return body;
    }
}
