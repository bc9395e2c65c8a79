package dev.skilltree.cli;

import dev.skilltree.review.fsrs.Rating;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** The review API over HTTP: {@code /api/v1/me/reviews} as the signed-in learner. */
record ServerReviews(ServerClient server) implements ReviewApi {

    @Override
    public Due due(int limit) {
        JsonNode body = server.get("/api/v1/me/reviews/due?limit=" + limit);
        var cards = body.path("cards").valueStream().map(ServerReviews::card).toList();
        return new Due(body.path("due").asInt(cards.size()), cards);
    }

    @Override
    public void rate(String card, Rating rating) {
        server.post("/api/v1/me/reviews/" + card, Map.of("rating", rating.code()));
    }

    @Override
    public Undone undo(String card) {
        JsonNode body = server.post("/api/v1/me/reviews/undo", Map.of("card", card));
        String rating = body.path("rating").asString("");
        return new Undone(
                body.path("card").asString(""),
                Rating.parse(rating)
                        .orElseThrow(() -> UserError.of("The server undid an unknown rating '" + rating + "'.")));
    }

    private static DueCard card(JsonNode card) {
        Map<String, String> titles = new HashMap<>();
        card.path("nodeTitle").properties().forEach(title -> {
            if (title.getValue().isString()) {
                titles.put(title.getKey(), title.getValue().stringValue());
            }
        });
        Map<Rating, Long> intervals = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            JsonNode seconds = card.path("intervals").path(rating.name().toLowerCase(Locale.ROOT));
            if (seconds.isNumber()) {
                intervals.put(rating, seconds.asLong(0));
            }
        }
        return new DueCard(
                text(card, "id"),
                text(card, "roadmap"),
                text(card, "node"),
                titles,
                Objects.requireNonNullElse(text(card, "type"), "concept"),
                Objects.requireNonNullElse(text(card, "state"), "new"),
                side(card.path("zh")),
                side(card.path("en")),
                text(card, "code"),
                text(card, "output"),
                intervals);
    }

    private static DueCard.Side side(JsonNode side) {
        return new DueCard.Side(text(side, "question"), text(side, "answer"), text(side, "why"), text(side, "text"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }
}
