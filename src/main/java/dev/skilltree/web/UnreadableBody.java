package dev.skilltree.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * Says what is wrong with a request body that could not be read: broken JSON at a line and column (400), or a
 * field of the wrong kind (422, naming the field as {@code files.solution.py} or {@code statuses[1].node}).
 */
final class UnreadableBody {

    private UnreadableBody() {}

    static ProblemDetail explain(HttpMessageNotReadableException e) {
        Throwable cause = innermostJson(e);
        if (cause instanceof DatabindException bind && !bind.getPath().isEmpty()) {
            return Problems.of(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "Invalid field",
                    "'" + path(bind) + "' " + expectation(bind) + ".");
        }
        if (cause instanceof StreamReadException broken) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Broken JSON", "The body is not valid JSON" + at(broken) + ".");
        }
        if (cause instanceof DatabindException bind) {
            return Problems.of(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "Invalid body",
                    "The body must be a JSON object" + at(bind) + ".");
        }
        if (cause instanceof JacksonException json) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Broken JSON", "The body is not valid JSON" + at(json) + ".");
        }
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "Unreadable body",
                "The request needs a body this endpoint can read (JSON in UTF-8 for most of the API).");
    }

    /**
     * The innermost Jackson exception of the chain, which knows the field and the place; its own cause, such as the
     * {@code DateTimeParseException} of a malformed time, does not. Without one, the most specific cause.
     */
    private static Throwable innermostJson(HttpMessageNotReadableException e) {
        Throwable found = e.getMostSpecificCause();
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException) {
                found = t;
            }
        }
        return found;
    }

    private static String path(DatabindException bind) {
        StringBuilder path = new StringBuilder();
        for (var reference : bind.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectation(DatabindException bind) {
        String message = bind.getOriginalMessage() == null ? "" : bind.getOriginalMessage();
        if (message.contains("Unrecognized")) {
            return "is not a field this endpoint knows";
        }
        var reference = bind.getPath().getLast();
        Object from = reference.from();
        Class<?> type = from == null ? null : fieldType(from instanceof Class<?> c ? c : from.getClass(), reference);
        return type == null ? "has the wrong kind of value" : "must be " + kind(type);
    }

    /** The declared type of the record component the reference names; null for anything else. */
    private static Class<?> fieldType(Class<?> owner, JacksonException.Reference reference) {
        if (reference.getPropertyName() == null || !owner.isRecord()) {
            return null;
        }
        return Arrays.stream(owner.getRecordComponents())
                .filter(c -> c.getName().equals(reference.getPropertyName()))
                .findFirst()
                .<Class<?>>map(RecordComponent::getType)
                .orElse(null);
    }

    static String kind(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == java.time.Instant.class) {
            return "a time such as 2026-12-01T10:00:00Z";
        }
        if (type == java.time.LocalDate.class) {
            return "a date such as 2026-12-01";
        }
        return "an object";
    }

    private static String at(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
