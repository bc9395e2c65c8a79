package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class PageTest {

    private static final Viewer LEARNER = new Viewer(7, "carol", "LEARNER");
    private static final Viewer ADMIN = new Viewer(1, "admin", "ADMIN");

    @Test
    void translatesInTheReadersLanguageAndShowsTheKeyWhenAStringIsMissing() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("greeting", Locale.forLanguageTag("zh"), "你好，{0}");
        messages.addMessage("greeting", Locale.forLanguageTag("en"), "Hello, {0}");

        assertThat(page("zh", LEARNER, messages).t("greeting", "carol")).isEqualTo("你好，carol");
        assertThat(page("en", LEARNER, messages).t("greeting", "carol")).isEqualTo("Hello, carol");
        assertThat(page("en", LEARNER, messages).t("nav.missing")).isEqualTo("nav.missing");
    }

    @Test
    void tellsSignedInReadersAndAdminsApart() {
        assertThat(page("en", null, null).signedIn()).isFalse();
        assertThat(page("en", null, null).admin()).isFalse();
        assertThat(page("en", LEARNER, null).signedIn()).isTrue();
        assertThat(page("en", LEARNER, null).admin()).isFalse();
        assertThat(page("en", ADMIN, null).admin()).isTrue();
    }

    @Test
    void offersTheOtherLanguage() {
        assertThat(page("zh", null, null).otherLang()).isEqualTo("en");
        assertThat(page("en", null, null).otherLang()).isEqualTo("zh");
    }

    @Test
    void encodesTheCurrentPathForABackParameter() {
        Page page = new Page("en", "auto", null, null, null, null, "/roadmaps/py?track=a&q=装饰 器", null);

        assertThat(page.back()).isEqualTo("%2Froadmaps%2Fpy%3Ftrack%3Da%26q%3D%E8%A3%85%E9%A5%B0+%E5%99%A8");
    }

    @Test
    void givesHtmxTheCsrfHeaderOnlyWhenThereIsAToken() {
        Page withToken = new Page("en", "auto", LEARNER, "X-CSRF-TOKEN", "_csrf", "abc123", "/", null);
        Page without = new Page("en", "auto", null, "X-CSRF-TOKEN", "_csrf", null, "/", null);

        assertThat(withToken.htmxHeaders()).isEqualTo("{\"X-CSRF-TOKEN\": \"abc123\"}");
        assertThat(without.htmxHeaders()).isEqualTo("{}");
    }

    private static Page page(String lang, Viewer user, StaticMessageSource messages) {
        return new Page(lang, "auto", user, "X-CSRF-TOKEN", "_csrf", "token", "/", messages);
    }
}
