package dev.skilltree.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One review card, linked to a roadmap node. A concept card has a question and an answer; a code card a snippet
 * and the exact output it prints; a cloze card a text with {@code {{…}}} deletions. Every card says why, in zh and en.
 */
public record Card(String id, String node, Type type, Side zh, Side en, String code, String output, String source) {

    /** A cloze deletion, {@code {{…}}}; group 1 is the deleted text. */
    public static final Pattern DELETION = Pattern.compile("\\{\\{(.+?)}}");

    public enum Type {
        CONCEPT,
        CODE,
        CLOZE
    }

    /** One language's lines: question, answer and why, or the cloze text and why. */
    public record Side(String question, String answer, String why, String text) {}

    /** What the card asks in {@code lang} (zh or en): its question, or its cloze text with each deletion blanked. */
    public String prompt(String lang) {
        Side side = "zh".equals(lang) ? zh : en;
        return type == Type.CLOZE ? DELETION.matcher(side.text()).replaceAll("[…]") : side.question();
    }

    /** How many {@code {{…}}} deletions a cloze text holds. */
    public static int deletions(String text) {
        Matcher m = DELETION.matcher(text == null ? "" : text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
