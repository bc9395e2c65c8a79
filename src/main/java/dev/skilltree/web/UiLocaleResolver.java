package dev.skilltree.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/** The UI language: the {@code lang} cookie set by the switch, else the best of zh and en from Accept-Language. */
class UiLocaleResolver implements LocaleResolver {

    static final String COOKIE = "lang";
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.CHINESE);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String chosen = Prefs.cookie(request, COOKIE);
        if ("zh".equals(chosen) || "en".equals(chosen)) {
            return Locale.forLanguageTag(chosen);
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException e) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Cookie cookie = new Cookie(COOKIE, locale == null ? "" : locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(locale == null ? 0 : 60 * 60 * 24 * 365);
        response.addCookie(cookie);
    }
}
