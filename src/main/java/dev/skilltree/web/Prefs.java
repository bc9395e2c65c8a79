package dev.skilltree.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The language switch and the theme toggle: each remembered in a cookie, then back to the page. */
@Controller
class Prefs {

    static final String THEME = "theme";
    private static final Set<String> THEMES = Set.of("auto", "light", "dark");

    @GetMapping("/prefs")
    String set(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String theme,
            @RequestParam(defaultValue = "/") String back,
            HttpServletResponse response) {
        if ("zh".equals(lang) || "en".equals(lang)) {
            remember(response, UiLocaleResolver.COOKIE, lang);
        }
        if (theme != null && THEMES.contains(theme)) {
            remember(response, THEME, theme);
        }
        return "redirect:" + safe(back);
    }

    /** Only paths on this server: no scheme, no host, no {@code //}. */
    static String safe(String back) {
        boolean local = back.startsWith("/")
                && !back.startsWith("//")
                && !back.contains("\\")
                && !back.contains("\r")
                && !back.contains("\n");
        return local ? back : "/";
    }

    private static void remember(HttpServletResponse response, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (c.getName().equals(name)) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    static String theme(HttpServletRequest request) {
        String theme = cookie(request, THEME);
        return theme != null && THEMES.contains(theme) ? theme : "auto";
    }
}
