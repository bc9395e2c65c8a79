package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PrefsTest {

    @Test
    void sendsTheReaderBackOnlyToPathsOnThisServer() {
        assertThat(Prefs.safe("/roadmaps/py?track=a")).isEqualTo("/roadmaps/py?track=a");
        assertThat(Prefs.safe("/")).isEqualTo("/");
        assertThat(Prefs.safe("https://evil.example/")).isEqualTo("/");
        assertThat(Prefs.safe("//evil.example/")).isEqualTo("/");
        assertThat(Prefs.safe("/\\evil.example/")).isEqualTo("/");
        assertThat(Prefs.safe("/ok\r\nSet-Cookie: x=y")).isEqualTo("/");
        assertThat(Prefs.safe("roadmaps")).isEqualTo("/");
        assertThat(Prefs.safe("")).isEqualTo("/");
    }

    @Test
    void remembersTheLanguageAndThemeForAYear() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = new Prefs().set("zh", "dark", "/roadmaps", response);

        assertThat(view).isEqualTo("redirect:/roadmaps");
        assertThat(response.getCookies())
                .extracting(Cookie::getName, Cookie::getValue, Cookie::getPath, Cookie::getMaxAge)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("lang", "zh", "/", 31_536_000),
                        org.assertj.core.groups.Tuple.tuple("theme", "dark", "/", 31_536_000));
        assertThat(response.getCookie("lang").getAttribute("SameSite")).isEqualTo("Lax");
    }

    @Test
    void ignoresUnknownLanguagesAndThemes() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        String view = new Prefs().set("fr", "neon", "https://evil.example/", response);

        assertThat(view).isEqualTo("redirect:/");
        assertThat(response.getCookies()).isEmpty();
    }

    @Test
    void readsTheThemeFromItsCookieAndFallsBackToAuto() {
        assertThat(Prefs.theme(request(new Cookie("theme", "light")))).isEqualTo("light");
        assertThat(Prefs.theme(request(new Cookie("theme", "<script>")))).isEqualTo("auto");
        assertThat(Prefs.theme(request())).isEqualTo("auto");
    }

    @Test
    void findsACookieByName() {
        MockHttpServletRequest request = request(new Cookie("other", "1"), new Cookie("lang", "en"));

        assertThat(Prefs.cookie(request, "lang")).isEqualTo("en");
        assertThat(Prefs.cookie(request, "missing")).isNull();
        assertThat(Prefs.cookie(request(), "lang")).isNull();
    }

    private static MockHttpServletRequest request(Cookie... cookies) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        return request;
    }
}
