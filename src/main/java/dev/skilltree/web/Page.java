package dev.skilltree.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What every page template needs besides its own data: the reader's language and theme, who is signed in,
 * the CSRF token for forms, the current path, and the UI strings.
 */
public record Page(
        String lang,
        String theme,
        Viewer user,
        String csrfHeader,
        String csrfParam,
        String csrfToken,
        String path,
        MessageSource messages) {

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.forLanguageTag(lang));
    }

    public boolean signedIn() {
        return user != null;
    }

    public boolean admin() {
        return user != null && user.isAdmin();
    }

    /** The current path, URL-encoded for a {@code back=} parameter. */
    public String back() {
        return java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String otherLang() {
        return "zh".equals(lang) ? "en" : "zh";
    }

    /** The JSON for {@code hx-headers}, so that htmx requests carry the CSRF token. */
    public String htmxHeaders() {
        return csrfToken == null ? "{}" : "{\"" + csrfHeader + "\": \"" + csrfToken + "\"}";
    }
}
