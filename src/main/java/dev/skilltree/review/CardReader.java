package dev.skilltree.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a deck file in the card format of docs/cards.md; every mistake is reported with its file and line. */
public final class CardReader {

    private static final Pattern HEADING = Pattern.compile(
            "^## ([a-z0-9]+(?:-[a-z0-9]+)*) \\{node=([a-z0-9]+(?:-[a-z0-9]+)*) type=(concept|code|cloze)}$");
    private static final Pattern KEY = Pattern.compile("^(> )?(Q|A|Why|Text): (.*)$");

    private CardReader() {}

    public static List<Card> read(String file, String text) {
        List<Card> cards = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            Matcher heading = HEADING.matcher(lines[i]);
            if (!heading.matches()) {
                if (lines[i].startsWith("## ")) {
                    throw problem(file, i + 1, "a card heading is '## card-id {node=node-id type=concept|code|cloze}'");
                }
                i++;
                continue;
            }
            if (heading.group(1).equals("undo")) {
                throw problem(file, i + 1, "'undo' cannot be a card id: the API uses it for undoing a rating");
            }
            int start = i + 1;
            Map<String, String> zh = new HashMap<>();
            Map<String, String> en = new HashMap<>();
            String code = null;
            String output = null;
            i++;
            while (i < lines.length && !lines[i].startsWith("## ")) {
                String line = lines[i];
                if (line.startsWith("```")) {
                    String kind = line.substring(3);
                    StringBuilder body = new StringBuilder();
                    i++;
                    while (i < lines.length && !lines[i].equals("```")) {
                        body.append(lines[i]).append('\n');
                        i++;
                    }
                    if (i == lines.length) {
                        throw problem(file, start, "a ``` fence is not closed");
                    }
                    if (kind.equals("python")) {
                        code = body.toString();
                    } else {
                        output = body.toString();
                    }
                } else {
                    Matcher key = KEY.matcher(line);
                    if (key.matches()) {
                        (key.group(1) == null ? zh : en).put(key.group(2), key.group(3));
                    }
                }
                i++;
            }
            Card.Type type = Card.Type.valueOf(heading.group(3).toUpperCase());
            Card card = new Card(
                    heading.group(1), heading.group(2), type, side(zh), side(en), code, output, file + ":" + start);
            check(card, file, start);
            cards.add(card);
        }
        return cards;
    }

    private static Card.Side side(Map<String, String> keys) {
        return new Card.Side(keys.get("Q"), keys.get("A"), keys.get("Why"), keys.get("Text"));
    }

    private static void check(Card card, String file, int line) {
        for (Card.Side side : List.of(card.zh(), card.en())) {
            if (side.why() == null) {
                throw problem(file, line, "card '" + card.id() + "' needs a Why: line in both languages");
            }
        }
        switch (card.type()) {
            case CONCEPT -> {
                if (card.zh().question() == null
                        || card.zh().answer() == null
                        || card.en().question() == null
                        || card.en().answer() == null) {
                    throw problem(file, line, "concept card '" + card.id() + "' needs Q: and A: in both languages");
                }
            }
            case CODE -> {
                if (card.code() == null || card.output() == null) {
                    throw problem(file, line, "code card '" + card.id() + "' needs a python block and a text block");
                }
                if (card.zh().question() == null || card.en().question() == null) {
                    throw problem(file, line, "code card '" + card.id() + "' needs a Q: line in both languages");
                }
            }
            case CLOZE -> {
                int zh = Card.deletions(card.zh().text());
                if (zh == 0 || zh != Card.deletions(card.en().text())) {
                    throw problem(
                            file, line, "cloze card '" + card.id() + "' needs the same {{…}} deletions in zh and en");
                }
            }
        }
    }

    private static IllegalArgumentException problem(String file, int line, String message) {
        return new IllegalArgumentException(file + ":" + line + ": " + message);
    }
}
