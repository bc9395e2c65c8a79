package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Chromium;
import dev.skilltree.support.FreshData;
import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * State that stays true without a reload, the dashboard's figures and charts, and pages that fit a 360 px phone, as
 * a learner sees them in Chromium; screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RequiresSystemPackage(command = "chromedriver", debianPackage = "chromium-driver")
class LiveStateBrowserTest {

    private static final String ROADMAP = "/roadmaps/python-advanced";

    @RegisterExtension
    static final Chromium chrome = new Chromium();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @BeforeEach
    void signOutAndPointAtTheServer() {
        chrome.driver().manage().deleteAllCookies();
    }

    @Test
    void theTopicBadgeAndTheOutlineFollowAStatusChangeWithoutAReload() {
        chrome.register("lena");
        chrome.open(ROADMAP + "/nodes/decorators");
        assertThat(text("#node-status")).isEqualTo("待学");
        chrome.driver()
                .findElement(By.cssSelector(".status-buttons button[data-status='learning']"))
                .click();
        chrome.waitFor(ExpectedConditions.textToBe(By.id("node-status"), "学习中"));
        assertThat(chrome.driver().findElement(By.id("node-status")).getAttribute("class"))
                .contains("status-learning");
        chrome.shot("40-topic-badge-follows");

        chrome.open(ROADMAP);
        openPanel("decorators");
        chrome.driver()
                .findElement(By.cssSelector("#panel button[data-status='done']"))
                .click();
        chrome.waitFor(d -> checked("check-decorators"));
        assertThat(checked("check-decorator-chaining"))
                .as("marking a group done ticks its topics")
                .isTrue();
        assertThat(chrome.driver()
                        .findElement(By.cssSelector(".outline li[data-node='decorators']"))
                        .getAttribute("class"))
                .contains("status-done");
        chrome.waitFor(d -> !text("#percent-value").equals("0%"));

        openPanel("ds-lists");
        chrome.driver().findElement(By.id("check-ds-lists")).click();
        chrome.waitFor(ExpectedConditions.attributeToBe(
                By.cssSelector("#panel button[data-status='done']"), "aria-pressed", "true"));
        assertThat(chrome.driver()
                        .findElement(By.cssSelector("#panel button[data-status='todo']"))
                        .getAttribute("aria-pressed"))
                .isEqualTo("false");
        chrome.shot("41-outline-follows-panel");

        chrome.driver().findElement(By.id("check-ds-lists")).click();
        chrome.waitFor(ExpectedConditions.attributeToBe(
                By.cssSelector("#panel button[data-status='todo']"), "aria-pressed", "true"));
        assertThat(checked("check-ds-lists")).isFalse();
    }

    @Test
    void theDashboardCountsTopicsTheWayTheHomeCardTheRoadmapAndTheApiDo() {
        chrome.register("mia");
        chrome.open(ROADMAP + "/nodes/decorators");
        chrome.driver()
                .findElement(By.cssSelector(".status-buttons button[data-status='learning']"))
                .click();
        chrome.waitFor(ExpectedConditions.textToBe(By.id("node-status"), "学习中"));
        chrome.open(ROADMAP + "/nodes/basics-variables");
        chrome.driver()
                .findElement(By.cssSelector(".status-buttons button[data-status='done']"))
                .click();
        chrome.waitFor(ExpectedConditions.textToBe(By.id("node-status"), "已完成"));

        @SuppressWarnings("unchecked")
        Map<String, Object> summary =
                (Map<String, Object>) ((Map<String, Object>) api("/api/v1/me/progress/python-advanced")).get("summary");
        @SuppressWarnings("unchecked")
        Map<String, Number> counts = (Map<String, Number>) summary.get("counts");
        int total = ((Number) summary.get("total")).intValue();
        assertThat(counts.get("learning").intValue())
                .as("decorators' six topics are in progress")
                .isEqualTo(6);

        chrome.open("/dashboard");
        assertThat(text("#count-learning")).isEqualTo("6");
        assertThat(text("#count-done")).isEqualTo("1");
        assertThat(chrome.driver().findElements(By.cssSelector("#in-progress li[data-node='decorators'] a")))
                .singleElement()
                .satisfies(a -> assertThat(a.getText()).isEqualTo("高级装饰器"));
        assertThat(text("#passed-challenges-title, #passed-title")).isEqualTo("已通过的挑战");
        assertThat(text(".dash-grid .meta")).contains("连续学习 1 天");

        WebElement chart = chrome.driver().findElement(By.cssSelector("svg.chart"));
        assertThat(chart.findElement(By.cssSelector(".x-title")).getText()).isEqualTo("日期");
        assertThat(chart.findElement(By.cssSelector(".y-title")).getText()).isEqualTo("已完成主题数");
        assertThat(chart.findElement(By.cssSelector(".legend")).getText()).contains("共 " + total + " 个");
        List<String> days = chart.findElements(By.cssSelector(".x-tick")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(days).hasSizeGreaterThan(1).doesNotHaveDuplicates();
        assertThat(chart.findElements(By.cssSelector(".y-tick")).getLast().getText())
                .as("the y range ends near the learner's figure, not at the roadmap's total")
                .isEqualTo("1");
        WebElement heatmap = chrome.driver().findElement(By.cssSelector("svg.heatmap"));
        assertThat(heatmap.findElements(By.cssSelector(".month"))).hasSizeGreaterThanOrEqualTo(11);
        assertThat(heatmap.findElements(By.cssSelector(".weekday")))
                .extracting(WebElement::getText)
                .containsExactly("周一", "周三", "周五");
        assertThat(heatmap.findElement(By.cssSelector(".legend")).getText()).contains("少", "多");
        assertThat((Boolean) chrome.script("""
                        const svg = document.querySelector('svg.heatmap'), box = svg.getBoundingClientRect();
                        return [...svg.querySelectorAll('rect, text')]
                          .every(e => e.getBoundingClientRect().right <= box.right + 0.5);"""))
                .as("nothing in the heatmap sticks out of it")
                .isTrue();
        chrome.script("document.querySelector('svg.heatmap').scrollIntoView();");
        chrome.shot("42-dashboard-charts");

        chrome.open("/");
        assertThat(text(".cards .card .meta")).isEqualTo(total + " 个主题");
        chrome.open(ROADMAP);
        assertThat(text(".progress-line p")).contains(total + " 个主题中完成 1 个");

        chrome.open("/prefs?lang=en&back=/dashboard");
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("count-learning")));
        assertThat(text(".dash-grid .meta")).contains("1-day streak").doesNotContain("day(s)");
        chrome.open("/prefs?lang=zh&back=/");
    }

    @Test
    void aChallengeKeepsTheLearnersCodeListsSubmissionsLiveAndOffersTheNextStep() {
        chrome.register("nico");
        ((ChromeDriver) chrome.driver())
                .executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Shanghai"));
        chrome.open("/challenges");
        assertThat(chrome.driver().findElements(By.cssSelector(".challenge-list a[href$='/nodes/closures']")))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.getText()).isEqualTo("闭包"));

        chrome.open("/challenges/closure-counter");
        assertThat(chrome.driver()
                        .findElement(By.cssSelector(".statement a.tag[href$='/nodes/closures']"))
                        .getText())
                .isEqualTo("闭包");
        editor().isDisplayed();
        String starter = (String)
                chrome.script("return document.querySelector('.workspace .CodeMirror').CodeMirror.getValue();");
        setCode("# my draft\n" + starter);
        chrome.driver().navigate().refresh();
        editor().isDisplayed();
        assertThat(code()).startsWith("# my draft");
        assertThat(chrome.driver().findElement(By.id("draft-restored")).isDisplayed())
                .isTrue();
        setCode(starter);

        chrome.driver().findElement(By.id("submit")).click();
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict.verdict-failed")));
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#past .past-submissions li .verdict-failed")));
        assertThat(chrome.driver().findElements(By.cssSelector("#past .past-submissions li")))
                .hasSize(1);
        WebElement frames = chrome.driver().findElement(By.cssSelector("#result .test-error .own-frames"));
        assertThat(frames.getText()).contains("File \"solution.py\", line").contains("NotImplementedError");
        chrome.shot("43-traceback-and-live-list");

        WebElement time = chrome.driver().findElement(By.cssSelector("#past time.local-time"));
        Instant at = Instant.parse(time.getAttribute("datetime"));
        assertThat(time.getText())
                .as("shown in the browser's time zone")
                .contains(DateTimeFormatter.ofPattern("HH:mm")
                        .withZone(ZoneId.of("Asia/Shanghai"))
                        .format(at))
                .isNotEqualTo(time.getAttribute("title"));

        setCode(dev.skilltree.grading.BuiltInChallenges.get("closure-counter")
                .reference()
                .get("solution.py"));
        chrome.driver().findElement(By.id("submit")).click();
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict.verdict-passed")));
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("next-step")));
        assertThat(chrome.driver().findElements(By.cssSelector("#past .past-submissions li")))
                .hasSize(2);
        assertThat(chrome.driver().findElement(By.id("next-challenge")).getAttribute("href"))
                .contains("/challenges/")
                .doesNotEndWith("/closure-counter");
        WebElement mark =
                chrome.driver().findElement(By.cssSelector("#next-step button.mark-done[data-node='closures']"));
        assertThat(mark.getText()).isEqualTo("将“闭包”标为已完成");
        mark.click();
        chrome.waitFor(ExpectedConditions.textToBe(
                By.cssSelector("#next-step button.mark-done[data-node='closures']"), "✓ “闭包”已完成"));
        chrome.shot("44-next-step");

        chrome.driver().navigate().refresh();
        editor().isDisplayed();
        assertThat(code()).contains("nonlocal");
        assertThat(chrome.driver().findElement(By.id("restored")).isDisplayed()).isTrue();

        chrome.open(ROADMAP + "/nodes/closures");
        assertThat(text("#node-status")).isEqualTo("已完成");
        chrome.waitFor(d -> {
            chrome.open("/dashboard");
            return !d.findElements(By.cssSelector("#passed-challenges li[data-challenge='closure-counter']"))
                    .isEmpty();
        });
        chrome.shot("45-dashboard-passed");
    }

    @Test
    void noPageALearnerReachesScrollsSidewaysOnA360PixelPhone() {
        chrome.register("pia");
        chrome.open("/challenges/closure-counter");
        editor().isDisplayed();
        chrome.driver().findElement(By.id("submit")).click();
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict.verdict-failed")));
        String submission = chrome.driver()
                .findElement(By.cssSelector("#past .past-submissions li a"))
                .getAttribute("href")
                .replaceFirst("^https?://[^/]+", "");
        chrome.open(ROADMAP + "/nodes/decorators");
        chrome.driver()
                .findElement(By.cssSelector(".status-buttons button[data-status='learning']"))
                .click();
        chrome.waitFor(ExpectedConditions.textToBe(By.id("node-status"), "学习中"));

        chrome.resize(360, 800);
        List<String> pages = List.of(
                "/",
                "/dashboard",
                ROADMAP,
                ROADMAP + "?track=backend",
                ROADMAP + "/nodes/decorators",
                ROADMAP + "/nodes/closures",
                "/challenges",
                "/challenges/closure-counter",
                submission,
                "/plan",
                "/review",
                "/review/stats",
                "/account");
        for (String path : pages) {
            fitsTheWindow(path, path.replaceAll("[^a-z0-9]+", "-"));
        }
        chrome.open(ROADMAP);
        assertThat(outlineRowsLongerThanTwoLines())
                .as("outline rows at 360 px take one or two lines")
                .isEmpty();
        chrome.script("document.querySelector('.outline-view').scrollIntoView();");
        chrome.shot("47-360px-outline");
        chrome.driver().findElement(By.id("logout")).click();
        for (String path : List.of("/login", "/register", ROADMAP, "/challenges")) {
            fitsTheWindow(path, "signed-out" + path.replaceAll("[^a-z0-9]+", "-"));
        }
    }

    private void fitsTheWindow(String path, String name) {
        chrome.open(path);
        chrome.waitFor(d -> chrome.script("return document.readyState").equals("complete")
                && (Long) chrome.script("return document.querySelectorAll('[hx-trigger=\"load\"]').length") == 0);
        assertThat(overflowing())
                .as("elements sticking out of 360 px on " + path)
                .isEmpty();
        assertThat(((Number) chrome.script("return document.documentElement.scrollWidth")).intValue())
                .as("page width on " + path)
                .isLessThanOrEqualTo(360);
        chrome.shot("46-360px" + name);
    }

    /** Elements that stick out of the window on the right, outside the boxes that scroll on their own. */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing() {
        return (List<String>) chrome.script("""
                const width = document.documentElement.clientWidth;
                const inScroller = e => {
                  for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX)) return true;
                  }
                  return false;
                };
                return [...document.querySelectorAll('body *')]
                  .filter(e => e.getClientRects().length > 0 && !inScroller(e))
                  .filter(e => e.getBoundingClientRect().right > width + 1)
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className
                       + ' right=' + Math.round(e.getBoundingClientRect().right))
                  .slice(0, 15);
                """);
    }

    @SuppressWarnings("unchecked")
    private static List<String> outlineRowsLongerThanTwoLines() {
        return (List<String>) chrome.script("""
                return [...document.querySelectorAll('.outline li[data-node]')]
                  .map(li => li.querySelector(':scope > .row, :scope > details > summary'))
                  .filter(row => row && row.getClientRects().length > 0)
                  .filter(row => row.getBoundingClientRect().height > 2.6 * parseFloat(getComputedStyle(row).lineHeight))
                  .map(row => row.closest('li').dataset.node + ' ' + Math.round(row.getBoundingClientRect().height))
                  .slice(0, 15);
                """);
    }

    private static void openPanel(String node) {
        chrome.script(
                "htmx.ajax('GET', arguments[0], {target: '#panel', swap: 'innerHTML'});",
                ROADMAP + "/nodes/" + node + "?panel=true");
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel .panel-body[data-node='" + node + "']")));
    }

    private static boolean checked(String id) {
        return (Boolean) chrome.script("return document.getElementById(arguments[0]).checked;", id);
    }

    private static Object api(String path) {
        return ((ChromeDriver) chrome.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.json()).then(done, e => done(String(e)));",
                        path);
    }

    private static WebElement editor() {
        return chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".workspace .CodeMirror")));
    }

    private static String code() {
        return (String) chrome.script("return document.querySelector('.workspace .CodeMirror').CodeMirror.getValue();");
    }

    private static void setCode(String code) {
        chrome.script("document.querySelector('.workspace .CodeMirror').CodeMirror.setValue(arguments[0]);", code);
    }

    private static String text(String css) {
        return chrome.driver().findElement(By.cssSelector(css)).getText();
    }
}
