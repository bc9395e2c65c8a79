package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.skilltree.account.AccountService;
import dev.skilltree.account.GroupService;
import dev.skilltree.account.Role;
import dev.skilltree.grading.BuiltInChallenges;
import dev.skilltree.grading.submission.SubmissionService;
import dev.skilltree.progress.ProgressService;
import dev.skilltree.progress.Status;
import dev.skilltree.support.Chromium;
import dev.skilltree.support.FreshData;
import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * axe-core on every page a visitor, a learner, a mentor and an admin reach, in light and dark, Chinese and English;
 * the error pages as a browser shows them; the keyboard; and the account, notes and layout details a learner sees.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RequiresSystemPackage(command = "chromedriver", debianPackage = "chromium-driver")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    private static final String PASSWORD = "a long enough secret";
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Autowired
    AccountService accounts;

    @Autowired
    GroupService groups;

    @Autowired
    ProgressService progress;

    @Autowired
    SubmissionService submissions;

    @RegisterExtension
    static final Chromium chrome = new Chromium();

    private long submission;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    /** A page that fails on our side, so that the 500 page can be seen; it exists only in this test. */
    @TestConfiguration
    static class BrokenPageConfiguration {
        @Bean
        BrokenPage brokenPage() {
            return new BrokenPage();
        }
    }

    @Controller
    static class BrokenPage {
        @GetMapping("/test/broken")
        String broken() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    @BeforeAll
    void peopleAndTheirWork() {
        accounts.createAdmin("root", PASSWORD);
        var pupil = accounts.register("pupil", PASSWORD);
        accounts.register("stranger", PASSWORD);
        accounts.register("mentor", PASSWORD);
        accounts.changeRole("mentor", Role.MENTOR);
        long group = groups.create("class");
        groups.addMember(group, "pupil", false);
        groups.addMember(group, "mentor", true);
        progress.set(pupil.id(), "python-advanced", "closures", Status.LEARNING);
        progress.set(pupil.id(), "python-advanced", "basics-variables", Status.DONE);
        progress.saveNote(pupil.id(), "python-advanced", "closures", """
                # My closures

                ## Cells

                ```python
                def counter():
                    n = 0
                ```
                """);
        String starter = BuiltInChallenges.get("closure-counter").starter().get("solution.py");
        submission = submissions
                .submit(pupil, "closure-counter", Map.of("solution.py", starter))
                .id();
        signIn("pupil", "en", "light");
        chrome.open("/plan");
        chrome.driver().findElement(By.id("plan-submit")).click();
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("plan-finish")));
    }

    /**
     * Each page is checked in light and in dark, in Chinese and in English: light with Chinese, dark with English.
     * The theme changes only colours and the language only text, so the two pairs cover both of each at half the
     * time of all four.
     */
    @Test
    void everyPageHasNoSeriousOrCriticalViolationsInLightAndDarkInChineseAndEnglish() {
        List<String> found = new ArrayList<>();
        for (List<String> pair : List.of(List.of("light", "zh"), List.of("dark", "en"))) {
            String theme = pair.get(0);
            String lang = pair.get(1);
            signOut();
            prefer(lang, theme);
            // A visitor's roadmap, topic and challenge list are the learner's pages without their controls.
            for (String path : List.of("/", "/login", "/register", "/challenges/closure-counter", "/roadmaps/nope")) {
                found.addAll(scan(path, theme, lang, "visitor"));
            }
            signIn("pupil", lang, theme);
            for (String path : List.of(
                    "/dashboard",
                    "/roadmaps/python-advanced",
                    "/roadmaps/python-advanced/nodes/closures",
                    "/challenges",
                    "/challenges/closure-counter",
                    "/submissions/" + submission,
                    "/review",
                    "/review/stats",
                    "/plan",
                    "/account",
                    "/admin",
                    "/submissions/999999")) {
                found.addAll(scan(path, theme, lang, "learner"));
            }
            chrome.open("/review");
            chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".review-front")));
            chrome.keys(" ");
            chrome.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-back")));
            found.addAll(analyze("/review (answer shown)", theme, lang, "learner"));
            signIn("mentor", lang, theme);
            found.addAll(scan("/learners/pupil", theme, lang, "mentor"));
            signIn("root", lang, theme);
            for (String path : List.of("/admin", "/admin/grading", "/test/broken", "/account/tokens")) {
                found.addAll(scan(path, theme, lang, "admin"));
            }
        }
        assertThat(found).as("serious or critical axe-core violations").isEmpty();
    }

    @Test
    void aFailedPageSaysWhatHappenedInTheLayoutInTheLearnersLanguageWithAWayBack() {
        Map<String, Integer> failures = new LinkedHashMap<>();
        failures.put("/admin", 403);
        failures.put("/no/such/page", 404);
        failures.put("/challenges/nope", 404);
        failures.put("/roadmaps/nope", 404);
        failures.put("/roadmaps/python-advanced/nodes/nope", 404);
        failures.put("/submissions/" + submission, 404);
        failures.put("/account/tokens", 405);
        failures.put("/test/broken", 500);
        Map<String, String> headings = Map.of(
                "zh403", "你无权打开这个页面",
                "en403", "You may not open this page",
                "zh404", "找不到这个页面",
                "en404", "Page not found",
                "zh405", "不能以这种方式打开这个页面",
                "en405", "This page cannot be opened this way",
                "zh500", "服务器出了问题",
                "en500", "Something went wrong on our side");
        signIn("stranger", "zh", "light");
        for (String lang : List.of("zh", "en")) {
            prefer(lang, "light");
            for (var failure : failures.entrySet()) {
                chrome.open("/dashboard");
                chrome.script("location.href = arguments[0];", failure.getKey());
                chrome.waitFor(d -> d.getCurrentUrl().endsWith(failure.getKey()));
                int status = failure.getValue();
                String where = failure.getKey() + " in " + lang;
                assertThat(chrome.driver().findElement(By.tagName("h1")).getText())
                        .as("heading of " + where)
                        .isEqualTo(headings.get(lang + status));
                assertThat(chrome.driver().getTitle())
                        .as("title of " + where)
                        .isEqualTo((lang.equals("zh") ? "错误 " : "Error ") + status + " · skilltree");
                assertThat(chrome.driver().findElement(By.tagName("html")).getAttribute("lang"))
                        .startsWith(lang);
                assertThat(chrome.driver()
                                .findElement(By.cssSelector(".site-header .who"))
                                .getText())
                        .as("the layout, signed in, on " + where)
                        .isEqualTo("stranger");
                assertThat(chrome.driver().findElement(By.id("error-what")).getText())
                        .isNotBlank();
                assertThat(chrome.driver().findElement(By.id("error-back")).getAttribute("href"))
                        .as("a way back from " + where)
                        .endsWith("/dashboard");
                assertThat(chrome.driver().findElement(By.id("error-home")).getAttribute("href"))
                        .endsWith("/");
                assertThat(chrome.driver().getPageSource()).doesNotContain("Whitelabel", "\"status\"", "Exception");
                chrome.shot("error-" + status + "-" + lang + failure.getKey().replaceAll("[^a-z0-9]+", "-"));
            }
        }
        chrome.open("/no/such/page");
        chrome.driver().findElement(By.cssSelector("a.lang-switch")).click();
        chrome.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "找不到这个页面"));
        assertThat(chrome.driver().getCurrentUrl())
                .as("switching the language stays on the page that failed")
                .endsWith("/no/such/page");
    }

    @Test
    void theKeyboardReachesTheSkipLinkTheMenuAndTheChallengeEditor() {
        signIn("pupil", "en", "light");
        chrome.open("/dashboard");
        // A key pressed before the page has the keyboard focus goes nowhere.
        chrome.waitFor(d -> Boolean.TRUE.equals(chrome.script("window.focus(); return document.hasFocus()")));
        chrome.keys(Keys.TAB.toString());
        var skip = chrome.driver().switchTo().activeElement();
        assertThat(skip.getAttribute("class")).isEqualTo("skip-link");
        assertThat(skip.getRect().getX())
                .as("the focused skip link is on screen")
                .isNotNegative();
        assertThat(skip.getCssValue("outline-style")).as("focus is visible").isEqualTo("solid");
        chrome.shot("keyboard-skip-link");
        chrome.keys(Keys.ENTER.toString());
        chrome.waitFor(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));

        chrome.open("/dashboard");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            chrome.keys(Keys.TAB.toString());
            var focused = chrome.driver().switchTo().activeElement();
            reached.add(
                    focused.getAttribute("href") == null ? focused.getAttribute("id") : focused.getAttribute("href"));
        }
        assertThat(reached)
                .as("the menu, in order, by Tab")
                .anyMatch(h -> h != null && h.endsWith("/review"))
                .anyMatch(h -> h != null && h.endsWith("/account"))
                .contains("logout");

        chrome.open("/challenges/closure-counter");
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".workspace .CodeMirror")));
        for (int i = 0; i < 80 && !inEditor(); i++) {
            chrome.keys(Keys.TAB.toString());
        }
        assertThat(inEditor()).as("Tab reaches the editor").isTrue();
        chrome.keys(Keys.chord(Keys.CONTROL, Keys.END));
        chrome.keys(Keys.ENTER.toString());
        String before = editorLine();
        chrome.keys(Keys.TAB + "# typed with the keyboard");
        // Tab indents: the line gains four spaces before the typed text (the editor reads typing asynchronously).
        chrome.waitFor(d -> editorLine().equals(before + "    # typed with the keyboard"));
        chrome.keys(Keys.ESCAPE.toString());
        chrome.keys(Keys.TAB.toString());
        assertThat(chrome.driver().switchTo().activeElement().getAttribute("id"))
                .as("Esc, then Tab, leaves the editor for the submit button")
                .isEqualTo("submit");
        chrome.keys(Keys.ENTER.toString());
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict.verdict-failed")));
        chrome.shot("keyboard-challenge-submitted");
    }

    @Test
    void signingInAndOutSaysWhatHappenedAndKeepsTheUserName() {
        signOut();
        prefer("en", "light");
        chrome.open("/dashboard");
        chrome.waitFor(d -> d.getCurrentUrl().contains("/login"));
        assertThat(chrome.driver().findElement(By.id("login-notice")).getText()).isEqualTo("Sign in to see that page.");
        chrome.driver().findElement(By.id("username")).sendKeys("pupil");
        chrome.driver().findElement(By.id("password")).sendKeys("not the password");
        chrome.driver().findElement(By.id("login-submit")).click();
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
        assertThat(chrome.driver().findElement(By.id("username")).getAttribute("value"))
                .as("the user name stays after a wrong password")
                .isEqualTo("pupil");
        assertThat(chrome.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("password");
        chrome.shot("account-wrong-password");
        chrome.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        chrome.driver().findElement(By.id("login-submit")).click();
        chrome.waitFor(d -> d.getCurrentUrl().contains("/dashboard"));

        chrome.driver().findElement(By.id("logout")).click();
        chrome.waitFor(d -> d.getCurrentUrl().contains("signedOut"));
        var signedOut = chrome.driver().findElement(By.id("login-notice"));
        assertThat(signedOut.getText()).isEqualTo("You are signed out.");
        assertThat(signedOut.getCssValue("background-color"))
                .as("styled as a success")
                .isEqualTo(SUCCESS_BACKGROUND);
        assertCentred(By.cssSelector("main > .card"), "the sign-in card");
        chrome.shot("account-signed-out");

        chrome.open("/register");
        assertCentred(By.cssSelector("main > .card"), "the registration card");
        chrome.driver().findElement(By.id("username")).sendKeys("newcomer");
        chrome.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        chrome.driver().findElement(By.id("register-submit")).click();
        chrome.waitFor(d -> d.getCurrentUrl().contains("/dashboard"));
        assertThat(chrome.driver().findElement(By.id("dashboard-message")).getCssValue("background-color"))
                .as("the welcome is styled as a success")
                .isEqualTo(SUCCESS_BACKGROUND);

        signOut();
        prefer("zh", "light");
        chrome.open("/");
        var start = chrome.driver().findElement(By.id("home-start")).getRect();
        var login = chrome.driver().findElement(By.id("home-login")).getRect();
        assertThat(login.getX() - (start.getX() + start.getWidth()))
                .as("space between the home page's buttons")
                .isGreaterThanOrEqualTo(12);
    }

    @Test
    void notesReadAsPartOfThePageAndUnitsAndTitlesReadAlike() {
        signIn("pupil", "en", "light");
        chrome.open("/roadmaps/python-advanced/nodes/closures");
        var code = chrome.driver().findElement(By.cssSelector("#note-rendered pre"));
        assertThat(code.getCssValue("border-top-style")).isEqualTo("solid");
        assertThat(code.getCssValue("background-color")).isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(px(By.cssSelector("#note-rendered h1")))
                .as("a note's heading is smaller than the page's sections")
                .isLessThan(px(By.id("note-title")));
        assertThat(px(By.cssSelector("#note-rendered h2"))).isLessThan(px(By.id("note-title")));
        chrome.driver().findElement(By.id("note-body")).sendKeys("\nOne more line.");
        chrome.driver().findElement(By.id("note-save")).click();
        chrome.waitFor(ExpectedConditions.textToBe(By.id("note-saved"), "✓ Saved"));
        chrome.shot("note-saved");

        chrome.open("/roadmaps/python-advanced");
        chrome.script("document.querySelector('.outline').scrollIntoView();");
        chrome.shot("outline-en");
        assertThat(texts(By.cssSelector(".outline .estimate")))
                .isNotEmpty()
                .allMatch(t -> t.matches("[0-9.–-]+ h"), "hours in English");
        assertThat(texts(By.cssSelector(".outline .title.kind-stage")))
                .filteredOn(t -> t.startsWith("Stage"))
                .hasSizeGreaterThanOrEqualTo(5)
                .allMatch(t -> t.matches("Stage \\d: [a-z].*"), "stage titles capitalised alike");
        prefer("zh", "light");
        chrome.open("/roadmaps/python-advanced");
        assertThat(texts(By.cssSelector(".outline .estimate")))
                .allMatch(t -> t.matches("[0-9.–-]+ 小时"), "hours in Chinese");
    }

    private boolean inEditor() {
        return (Boolean) chrome.script("return !!document.activeElement.closest('.workspace .CodeMirror');");
    }

    /** The editor's line under the cursor. */
    private String editorLine() {
        return (String) chrome.script("var cm = document.querySelector('.workspace .CodeMirror').CodeMirror;"
                + " return cm.getLine(cm.getCursor().line);");
    }

    private static final String SUCCESS_BACKGROUND = "rgba(212, 244, 221, 1)";

    private void assertCentred(By card, String what) {
        var box = chrome.driver().findElement(card).getRect();
        long width = (Long) chrome.script("return document.documentElement.clientWidth;");
        long right = width - (box.getX() + box.getWidth());
        assertThat(Math.abs(box.getX() - right)).as(what + " is centred").isLessThanOrEqualTo(2);
    }

    private double px(By element) {
        return Double.parseDouble(
                chrome.driver().findElement(element).getCssValue("font-size").replace("px", ""));
    }

    private List<String> texts(By elements) {
        return chrome.driver().findElements(elements).stream()
                .map(e -> e.getDomProperty("textContent").trim())
                .toList();
    }

    private List<String> scan(String path, String theme, String lang, String who) {
        chrome.open(path);
        chrome.waitFor(d -> "complete".equals(chrome.script("return document.readyState")));
        if (path.startsWith("/submissions/" + submission)) {
            chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict.verdict-failed")));
        }
        if (path.equals("/review")) {
            chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#review-card .review-card")));
        }
        chrome.shot("a11y-" + who + "-" + lang + "-" + theme + path.replaceAll("[^a-z0-9]+", "-"));
        return analyze(path, theme, lang, who);
    }

    private List<String> analyze(String label, String theme, String lang, String who) {
        List<String> found = new ArrayList<>();
        for (Rule rule : new AxeBuilder().analyze(chrome.driver()).getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                if (BLOCKING.contains(impact)) {
                    found.add("%s (%s) on %s [%s, %s, %s]: %s %s"
                            .formatted(
                                    rule.getId(),
                                    impact,
                                    label,
                                    who,
                                    lang,
                                    theme,
                                    node.getTarget(),
                                    node.getFailureSummary().replace('\n', ' ')));
                }
            }
        }
        return found;
    }

    private void prefer(String lang, String theme) {
        chrome.open("/prefs?lang=" + lang + "&theme=" + theme + "&back=/");
    }

    private void signOut() {
        chrome.driver().manage().deleteAllCookies();
    }

    private void signIn(String name, String lang, String theme) {
        signOut();
        prefer(lang, theme);
        chrome.open("/login");
        chrome.driver().findElement(By.id("username")).sendKeys(name);
        chrome.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        chrome.driver().findElement(By.id("login-submit")).click();
        chrome.waitFor(d -> d.getCurrentUrl().endsWith("/dashboard"));
    }
}
