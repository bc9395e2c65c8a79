package dev.skilltree.grading.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Decides one check on the trusted side: the reference run says what is compared and how (its {@code op}, options
 * and expected side, or its own outcome for a driver's check); the learner's run gives only the learner's outcome.
 * Values arrive in the runner's JSON form, in which equal plain data has equal JSON (numbers compare by value).
 */
public final class Comparison {

    public enum Op {
        SAME,
        CLOSE,
        EQUAL,
        NOT_EQUAL,
        ALMOST_EQUAL,
        NOT_ALMOST_EQUAL,
        TRUE,
        FALSE,
        IS_NONE,
        IS_NOT_NONE,
        IS,
        IS_NOT,
        IN,
        NOT_IN,
        CONTAINS,
        NOT_CONTAINS,
        GREATER,
        GREATER_EQUAL,
        LESS,
        LESS_EQUAL,
        COUNT_EQUAL,
        REGEX,
        NOT_REGEX,
        ISINSTANCE,
        NOT_ISINSTANCE,
        RAISES,
        RAISES_REGEX;

        static Optional<Op> of(String code) {
            try {
                return Optional.of(valueOf(code.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private Comparison() {}

    /** Why the learner's outcome fails the reference's check, or empty when it holds. */
    public static Optional<String> failure(JsonNode reference, JsonNode learner) {
        Op op = Op.of(reference.path("op").asString("")).orElse(null);
        if (op == null) {
            return Optional.of(where(reference) + ": the challenge uses an unknown comparison '"
                    + reference.path("op").asString("") + "'");
        }
        JsonNode expected = op == Op.SAME || op == Op.CLOSE ? reference : reference.path("expected");
        JsonNode options = reference.path("options");
        boolean raised = learner.has("raised");
        if (op == Op.RAISES || op == Op.RAISES_REGEX) {
            List<String> names = strings(expected.path("value"));
            if (!raised) {
                return fail(reference, "should raise " + shortNames(names) + "; nothing was raised");
            }
            if (!anyIn(names, learner.path("raised").path("mro"))) {
                return fail(reference, "should raise " + shortNames(names) + ", but raised " + raisedText(learner));
            }
            String regex = options.path("regex").asString("");
            if (op == Op.RAISES_REGEX
                    && !search(regex, learner.path("raised").path("message").asString(""))) {
                return fail(reference, "raised " + raisedText(learner) + ", whose message should match " + regex);
            }
            return Optional.empty();
        }
        if (expected.has("raised")) {
            if (raised
                    && anyIn(
                            List.of(expected.path("raised").path("type").asString("")),
                            learner.path("raised").path("mro"))) {
                return Optional.empty();
            }
            return fail(
                    reference,
                    "got " + shown(learner) + ", expected it to raise "
                            + shortName(expected.path("raised").path("type").asString("")));
        }
        if (raised) {
            return fail(reference, "raised " + raisedText(learner));
        }
        JsonNode got = learner.path("value");
        JsonNode want = expected.path("value");
        boolean holds =
                switch (op) {
                    case SAME, EQUAL, IS -> equal(got, want);
                    case NOT_EQUAL, IS_NOT -> !equal(got, want);
                    case CLOSE -> close(got, want, options.path("places").asInt(7), null);
                    case ALMOST_EQUAL ->
                        equal(got, want)
                                || close(got, want, options.path("places").asInt(7), options.get("delta"));
                    case NOT_ALMOST_EQUAL ->
                        !equal(got, want)
                                && !close(got, want, options.path("places").asInt(7), options.get("delta"));
                    case TRUE ->
                        learner.path("truth").asBoolean(false)
                                && learner.path("truth").isBoolean();
                    case FALSE ->
                        !learner.path("truth").asBoolean(true)
                                && learner.path("truth").isBoolean();
                    case IS_NONE -> got.isNull();
                    case IS_NOT_NONE -> !got.isNull() && !got.isMissingNode();
                    case IN -> contains(want, got);
                    case NOT_IN -> !contains(want, got);
                    case CONTAINS -> contains(got, want);
                    case NOT_CONTAINS -> !contains(got, want);
                    case GREATER -> order(got, want) > 0;
                    case GREATER_EQUAL -> order(got, want) >= 0 && order(got, want) != Integer.MIN_VALUE;
                    case LESS -> order(got, want) < 0 && order(got, want) != Integer.MIN_VALUE;
                    case LESS_EQUAL -> order(got, want) <= 0 && order(got, want) != Integer.MIN_VALUE;
                    case COUNT_EQUAL -> sameElements(got, want);
                    case REGEX -> got.isString() && search(want.asString(""), got.asString());
                    case NOT_REGEX -> got.isString() && !search(want.asString(""), got.asString());
                    case ISINSTANCE -> anyIn(strings(want), learner.path("mro"));
                    case NOT_ISINSTANCE -> !anyIn(strings(want), learner.path("mro"));
                    case RAISES, RAISES_REGEX -> throw new IllegalStateException("handled above");
                };
        return holds ? Optional.empty() : fail(reference, describe(op, learner, expected));
    }

    /** The place a learner reads first: a driver's label, or the test line and the code that was checked. */
    public static String where(JsonNode reference) {
        Op op = Op.of(reference.path("op").asString("")).orElse(Op.SAME);
        String src = reference.path("src").asString("");
        return op == Op.SAME || op == Op.CLOSE
                ? src
                : "line " + reference.path("line").asInt() + ", " + src;
    }

    private static Optional<String> fail(JsonNode reference, String what) {
        return Optional.of(where(reference) + ": " + what);
    }

    private static String describe(Op op, JsonNode learner, JsonNode expected) {
        String got = shown(learner);
        String want = shown(expected);
        return switch (op) {
            case SAME, EQUAL, IS, CLOSE, ALMOST_EQUAL -> "got " + got + ", expected " + want;
            case NOT_EQUAL, IS_NOT, NOT_ALMOST_EQUAL -> "got " + got + ", which should differ from " + want;
            case TRUE -> "got " + got + ", expected a true value";
            case FALSE -> "got " + got + ", expected a false value";
            case IS_NONE -> "got " + got + ", expected None";
            case IS_NOT_NONE -> "got None, expected a value";
            case IN -> "got " + got + ", expected one of " + want;
            case NOT_IN -> "got " + got + ", which should not be in " + want;
            case CONTAINS -> "got " + got + ", which should contain " + want;
            case NOT_CONTAINS -> "got " + got + ", which should not contain " + want;
            case GREATER -> "got " + got + ", expected more than " + want;
            case GREATER_EQUAL -> "got " + got + ", expected at least " + want;
            case LESS -> "got " + got + ", expected less than " + want;
            case LESS_EQUAL -> "got " + got + ", expected at most " + want;
            case COUNT_EQUAL -> "got " + got + ", expected the same elements as " + want;
            case REGEX -> "got " + got + ", expected a match for " + want;
            case NOT_REGEX -> "got " + got + ", which should not match " + want;
            case ISINSTANCE ->
                "got " + got + " (" + shortName(learner.path("mro").path(0).asString("")) + "), "
                        + "expected an instance of " + shortNames(strings(expected.path("value")));
            case NOT_ISINSTANCE ->
                "got " + got + ", which should not be an instance of " + shortNames(strings(expected.path("value")));
            case RAISES, RAISES_REGEX -> "should raise";
        };
    }

    private static String shown(JsonNode outcome) {
        if (outcome.has("raised")) {
            return "an exception, " + raisedText(outcome);
        }
        return outcome.path("shown").asString("?");
    }

    private static String raisedText(JsonNode outcome) {
        JsonNode raised = outcome.path("raised");
        String message = raised.path("message").asString("");
        return shortName(raised.path("type").asString("")) + (message.isEmpty() ? "" : ": " + message);
    }

    private static String shortNames(List<String> names) {
        return String.join(" or ", names.stream().map(Comparison::shortName).toList());
    }

    private static String shortName(String qualified) {
        return qualified.startsWith("builtins.") ? qualified.substring("builtins.".length()) : qualified;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asString("")));
        return out;
    }

    private static boolean anyIn(List<String> names, JsonNode mro) {
        for (JsonNode kind : mro) {
            if (names.contains(kind.asString(""))) {
                return true;
            }
        }
        return false;
    }

    /** Equality of two values in the runner's JSON form; numbers (also big ones, as {"int": "..."}) by value. */
    public static boolean equal(JsonNode a, JsonNode b) {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null || y != null) {
            return x != null && y != null && x.compareTo(y) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (var field : a.properties()) {
                if (!b.has(field.getKey()) || !equal(field.getValue(), b.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isObject() && node.size() == 1 && node.path("int").isString()) {
            try {
                return new BigDecimal(node.path("int").asString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** unittest's assertAlmostEqual: round(a - b, places) == 0, or |a - b| <= delta. */
    private static boolean close(JsonNode a, JsonNode b, int places, JsonNode delta) {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x == null || y == null) {
            return false;
        }
        BigDecimal difference = x.subtract(y).abs();
        if (delta != null && delta.isNumber()) {
            return difference.compareTo(delta.decimalValue()) <= 0;
        }
        return difference.setScale(places, RoundingMode.HALF_EVEN).signum() == 0;
    }

    private static boolean contains(JsonNode container, JsonNode member) {
        if (container.isString()) {
            return member.isString() && container.asString().contains(member.asString());
        }
        for (JsonNode element : elements(container, true)) {
            if (equal(element, member)) {
                return true;
            }
        }
        return false;
    }

    /** A sequence's or set's elements, or a dict's keys (its pairs when {@code keysOnly} is false). */
    private static List<JsonNode> elements(JsonNode value, boolean keysOnly) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode items = value.isArray()
                ? value
                : value.has("tuple")
                        ? value.get("tuple")
                        : value.has("set") ? value.get("set") : value.has("dict") ? value.get("dict") : null;
        if (items == null) {
            return out;
        }
        for (JsonNode item : items) {
            out.add(value.has("dict") && keysOnly ? item.path(0) : item);
        }
        return out;
    }

    private static boolean sameElements(JsonNode a, JsonNode b) {
        List<JsonNode> left = new ArrayList<>(elements(a, false));
        List<JsonNode> right = elements(b, false);
        if (left.size() != right.size()) {
            return false;
        }
        for (JsonNode element : right) {
            int at = -1;
            for (int i = 0; i < left.size() && at < 0; i++) {
                if (equal(left.get(i), element)) {
                    at = i;
                }
            }
            if (at < 0) {
                return false;
            }
            left.remove(at);
        }
        return true;
    }

    /** Orders numbers or strings as Python does; {@link Integer#MIN_VALUE} when they cannot be ordered. */
    private static int order(JsonNode a, JsonNode b) {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            return Integer.signum(x.compareTo(y));
        }
        if (a.isString() && b.isString()) {
            return Integer.signum(Arrays.compare(
                    a.asString().codePoints().toArray(),
                    b.asString().codePoints().toArray()));
        }
        return Integer.MIN_VALUE;
    }

    private static boolean search(String regex, String text) {
        try {
            return Pattern.compile(regex).matcher(text).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
