package dev.skilltree.roadmap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code {#id key=value key="quoted value"}} block at the end of a heading or list item line. Parsing
 * is purely syntactic; which keys are allowed is up to the reader.
 */
record Attributes(String id, Map<String, String> values) {

    static final Attributes NONE = new Attributes(null, Map.of());

    /** The text before the attribute block and the block, or the whole line and {@link #NONE}. */
    record Split(String text, Attributes attributes) {}

    static Split split(String line) {
        String trimmed = line.strip();
        if (trimmed.endsWith("}")) {
            for (int open = trimmed.lastIndexOf('{'); open >= 0; open = trimmed.lastIndexOf('{', open - 1)) {
                Optional<Attributes> parsed = parse(trimmed.substring(open + 1, trimmed.length() - 1));
                if (parsed.isPresent()) {
                    return new Split(trimmed.substring(0, open).strip(), parsed.get());
                }
            }
        }
        return new Split(trimmed, NONE);
    }

    private static Optional<Attributes> parse(String body) {
        String id = null;
        Map<String, String> values = new LinkedHashMap<>();
        int i = 0;
        int n = body.length();
        while (true) {
            while (i < n && body.charAt(i) == ' ') {
                i++;
            }
            if (i == n) {
                return Optional.of(new Attributes(id, values));
            }
            if (body.charAt(i) == '#') {
                int end = wordEnd(body, i + 1);
                if (end == i + 1 || id != null) {
                    return Optional.empty();
                }
                id = body.substring(i + 1, end);
                i = end;
                continue;
            }
            int eq = wordEnd(body, i);
            if (eq == i || eq >= n || body.charAt(eq) != '=') {
                return Optional.empty();
            }
            String key = body.substring(i, eq);
            i = eq + 1;
            StringBuilder value = new StringBuilder();
            if (i < n && body.charAt(i) == '"') {
                i++;
                while (i < n && body.charAt(i) != '"') {
                    char c = body.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        c = body.charAt(++i);
                    }
                    value.append(c);
                    i++;
                }
                if (i == n) {
                    return Optional.empty();
                }
                i++;
            } else {
                int end = wordEnd(body, i);
                value.append(body, i, end);
                i = end;
            }
            if (values.put(key, value.toString()) != null || (i < n && body.charAt(i) != ' ')) {
                return Optional.empty();
            }
        }
    }

    private static int wordEnd(String s, int from) {
        int i = from;
        while (i < s.length() && " =\"{}#".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** Writes {@code {...}} for the given id and values, quoting where needed; empty if there is nothing. */
    static String format(String id, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        if (id != null) {
            out.append('#').append(id);
        }
        values.forEach((key, value) -> {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(key).append('=');
            if (!value.isEmpty() && value.chars().noneMatch(c -> " =\"{}#\\".indexOf(c) >= 0)) {
                out.append(value);
            } else {
                out.append('"')
                        .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append('"');
            }
        });
        return "{" + out + "}";
    }
}
