package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UiLocaleResolverTest {

    private final UiLocaleResolver resolver = new UiLocaleResolver();

    @Test
    void prefersTheLanguageChosenWithTheSwitch() {
        MockHttpServletRequest request = request("en-US,en;q=0.9");
        request.setCookies(new Cookie("lang", "zh"));

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.CHINESE);
    }

    @Test
    void ignoresACookieForALanguageThePagesDoNotSpeak() {
        MockHttpServletRequest request = request("zh-CN,zh;q=0.9");
        request.setCookies(new Cookie("lang", "de"));

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.CHINESE);
    }

    @Test
    void picksTheBestOfChineseAndEnglishFromTheBrowser() {
        assertThat(resolver.resolveLocale(request("zh-CN,zh;q=0.9,en;q=0.8"))).isEqualTo(Locale.CHINESE);
        assertThat(resolver.resolveLocale(request("zh-TW"))).isEqualTo(Locale.CHINESE);
        assertThat(resolver.resolveLocale(request("fr-FR,fr;q=0.9,zh;q=0.5,en;q=0.3")))
                .isEqualTo(Locale.CHINESE);
        assertThat(resolver.resolveLocale(request("en-GB"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void fallsBackToEnglish() {
        assertThat(resolver.resolveLocale(request(null))).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request("  "))).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request("fr-FR"))).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request("zh;q=abc"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void remembersAChosenLanguageInTheCookieAndForgetsItOnNull() {
        MockHttpServletResponse chosen = new MockHttpServletResponse();
        MockHttpServletResponse cleared = new MockHttpServletResponse();

        resolver.setLocale(new MockHttpServletRequest(), chosen, Locale.forLanguageTag("zh-CN"));
        resolver.setLocale(new MockHttpServletRequest(), cleared, null);

        assertThat(chosen.getCookie("lang").getValue()).isEqualTo("zh");
        assertThat(chosen.getCookie("lang").getMaxAge()).isEqualTo(31_536_000);
        assertThat(cleared.getCookie("lang").getValue()).isEmpty();
        assertThat(cleared.getCookie("lang").getMaxAge()).isZero();
    }

    private static MockHttpServletRequest request(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }
}
