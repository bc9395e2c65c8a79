package dev.skilltree.cli;

import dev.skilltree.review.fsrs.Rating;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A card due for review, in both languages, with the seconds until it is due again after each rating. A concept
 * card has a question, answer and why; a code card a question, code and output; a cloze card a text and why.
 */
record DueCard(
        String id,
        String roadmap,
        String node,
        Map<String, String> nodeTitle,
        String type,
        String state,
        Side zh,
        Side en,
        String code,
        String output,
        Map<Rating, Long> intervals) {

    record Side(String question, String answer, String why, String text) {}

    /** The field in the learner's language, else in the other one; null when neither side has it. */
    String in(String lang, Function<Side, String> field) {
        String wanted = field.apply(lang.equals("zh") ? zh : en);
        return wanted != null ? wanted : field.apply(lang.equals("zh") ? en : zh);
    }

    /** The node's title in the learner's language, else in the other one, else the node's id. */
    String title(String lang) {
        return Stream.of(nodeTitle.get(lang), nodeTitle.get(lang.equals("zh") ? "en" : "zh"))
                .filter(title -> title != null && !title.isBlank())
                .findFirst()
                .orElse(node);
    }
}
