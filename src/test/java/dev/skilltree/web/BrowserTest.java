package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Chromium;
import dev.skilltree.support.FreshData;
import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A learner's first visit, in Debian's Chromium driven through Selenium; screenshots go to target/screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RequiresSystemPackage(command = "chromedriver", debianPackage = "chromium-driver")
class BrowserTest {

    @RegisterExtension
    static final Chromium chrome = new Chromium();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @Test
    void aLearnerTracksProgressAndNotesThatNobodyElseSees() throws IOException {
        register("ada");
        assertThat(chrome.driver().findElement(By.id("dashboard-message")).getText())
                .contains("ada");
        assertThat(chrome.driver().findElement(By.cssSelector(".who")).getText())
                .isEqualTo("ada");
        open("/roadmaps/python-advanced");
        assertThat(chrome.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Python 高级进阶路线");
        shot("01-roadmap-zh");

        chrome.driver().findElement(By.cssSelector("a.lang-switch")).click();
        waitFor(ExpectedConditions.textToBe(By.tagName("h1"), "Advanced Python"));
        new Select(chrome.driver().findElement(By.id("track"))).selectByValue("backend");
        waitFor(d -> d.getCurrentUrl().contains("track=backend"));
        waitFor(ExpectedConditions.numberOfElementsToBeLessThan(By.cssSelector(".outline li[data-node]"), 300));
        assertThat(chrome.driver().findElements(By.cssSelector(".outline li[data-node='flask']")))
                .isNotEmpty();
        assertThat(chrome.driver().findElements(By.cssSelector(".outline li[data-node='numpy']")))
                .isEmpty();
        shot("02-english-backend-track");

        open("/roadmaps/python-advanced");
        chrome.driver()
                .findElement(By.cssSelector("#graph a[data-node='basics-variables']"))
                .click();
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel .panel-body[data-node='basics-variables']")));
        chrome.driver()
                .findElement(By.cssSelector("#panel button[data-status='done']"))
                .click();
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#graph a[data-node='basics-variables'] .status-done")));
        shot("03-done-in-graph");

        WebElement check = chrome.driver().findElement(By.id("check-ds-lists"));
        check.click();
        // ds-lists sits in the closed area "data-structures": the area's box shows the progress.
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#graph a[data-node='data-structures'] .status-learning")));
        assertThat(chrome.driver()
                        .findElement(By.cssSelector("#graph a[data-node='data-structures'] .area-note"))
                        .getText())
                .matches(".*(^|\\D)1/\\d+.*");
        waitFor(d -> !d.findElement(By.id("percent-value")).getText().equals("0%"));
        assertThat(chrome.driver().findElement(By.id("percent-value")).getText())
                .isEqualTo("0.5%");
        shot("04-done-in-outline");

        open("/roadmaps/python-advanced/nodes/basics-functions");
        chrome.driver()
                .findElement(By.id("note-body"))
                .sendKeys("Remember **functools.wraps** <script>alert(1)</script>");
        chrome.driver().findElement(By.id("note-save")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#note-rendered strong")));
        assertThat(chrome.driver()
                        .findElement(By.cssSelector("#note-rendered strong"))
                        .getText())
                .isEqualTo("functools.wraps");
        assertThat(chrome.driver().findElements(By.cssSelector("#note-rendered script")))
                .isEmpty();
        shot("05-note");

        open("/dashboard");
        assertThat(chrome.driver().findElement(By.id("count-done")).getText()).isEqualTo("2");
        assertThat(chrome.driver().findElement(By.id("dashboard-percent")).getText())
                .isNotEqualTo("0%");
        assertThat(chrome.driver().findElements(By.cssSelector(".heatmap rect.level-1")))
                .hasSize(1);
        shot("06-dashboard");

        chrome.driver().findElement(By.id("logout")).click();
        waitFor(d -> d.getCurrentUrl().contains("signedOut"));
        register("bob");
        open("/roadmaps/python-advanced/nodes/basics-functions");
        assertThat(chrome.driver().findElement(By.id("note-rendered")).getText())
                .doesNotContain("functools");
        assertThat(chrome.driver().getPageSource()).doesNotContain("functools.wraps");
        open("/learners/ada");
        assertThat(chrome.driver().getPageSource()).doesNotContain("functools").contains("404");
        shot("07-other-learner");
    }

    @Test
    void aLearnerSolvesAChallengeAndSeesTheVerdictLive() throws IOException {
        chrome.driver().manage().deleteAllCookies();
        register("cleo");
        open("/challenges");
        chrome.driver()
                .findElement(By.cssSelector("a[href='/challenges/closure-counter']"))
                .click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".workspace .CodeMirror")));
        shot("08-challenge");

        chrome.driver().findElement(By.id("submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict.verdict-failed")));
        assertThat(chrome.driver().findElements(By.cssSelector("#result .test")))
                .isNotEmpty();
        assertThat(chrome.driver().findElements(By.cssSelector("#result .test-pass")))
                .isEmpty();
        shot("09-starter-fails");

        String solution = dev.skilltree.grading.BuiltInChallenges.get("closure-counter")
                .reference()
                .get("solution.py");
        ((ChromeDriver) chrome.driver())
                .executeScript(
                        "document.querySelector('.workspace .CodeMirror').CodeMirror.setValue(arguments[0]);",
                        solution);
        chrome.driver().findElement(By.id("submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict.verdict-passed")));
        assertThat(chrome.driver().findElements(By.cssSelector("#result .test-fail, #result .test-error")))
                .isEmpty();
        shot("10-reference-passes");

        open("/challenges/closure-counter");
        assertThat(chrome.driver().findElements(By.cssSelector(".past-submissions li")))
                .hasSize(2);
        chrome.driver().findElement(By.cssSelector(".past-submissions li a")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict.verdict-passed")));
        assertThat(chrome.driver().findElement(By.tagName("pre")).getText()).contains("nonlocal");
        shot("11-submission-page");
        open("/roadmaps/python-advanced/nodes/closures");
        assertThat(chrome.driver()
                        .findElement(By.cssSelector("#challenges li.passed .evidence"))
                        .isDisplayed())
                .isTrue();
        shot("12-evidence-on-node");
    }

    @Test
    void theRoadmapPageFitsAPhoneWithoutScrollingSideways() throws IOException {
        chrome.driver().manage().deleteAllCookies();
        register("dana");
        chrome.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            for (String path : List.of("/roadmaps/python-advanced", "/roadmaps/python-advanced?track=backend")) {
                open(path);
                waitFor(ExpectedConditions.presenceOfElementLocated(By.id("graph")));
                assertThat(overflowing())
                        .as("elements wider than the window on " + path)
                        .isEmpty();
                assertThat(((Number) ((ChromeDriver) chrome.driver())
                                        .executeScript("return document.documentElement.scrollWidth"))
                                .intValue())
                        .as("page width on " + path)
                        .isLessThanOrEqualTo(390);
            }
            open("/roadmaps/python-advanced");
            // Opens the side panel as a click on the topic does; at 390 px the topic may lie outside the graph's view.
            ((ChromeDriver) chrome.driver())
                    .executeScript("var a = document.querySelector(\"#graph a[data-node='basics-variables']\");"
                            + "htmx.ajax('GET', a.getAttribute('href') + '?panel=true',"
                            + " {target: '#panel', swap: 'innerHTML'});");
            waitFor(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#panel .panel-body[data-node='basics-variables']")));
            assertThat(overflowing())
                    .as("elements wider than the window with the topic panel open")
                    .isEmpty();
            shot("13-roadmap-390px");
        } finally {
            chrome.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
    }

    /** Elements that stick out of the window on the right, outside the boxes that scroll on their own. */
    @SuppressWarnings("unchecked")
    private static List<String> overflowing() {
        return (List<String>) ((ChromeDriver) chrome.driver()).executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                  .filter(e => !e.closest('#graph svg, pre, .CodeMirror'))
                  .filter(e => e.getBoundingClientRect().right > width + 1)
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + e.className
                       + ' right=' + Math.round(e.getBoundingClientRect().right))
                  .slice(0, 15);
                """);
    }

    @Test
    void aLearnerReviewsATopicsCardsWithTheKeyboardAndUndoesARating() throws IOException {
        register("reviewer");
        open("/roadmaps/python-advanced/nodes/closures");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("add-cards"))).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#node-cards a[href='/review']")));
        assertThat(chrome.driver().findElements(By.id("add-cards"))).isEmpty();

        open("/review");
        String first = currentCard();
        assertThat(chrome.driver().findElement(By.cssSelector(".review-back")).isDisplayed())
                .isFalse();
        assertThat(chrome.driver()
                        .findElement(By.cssSelector(".review-front pre .cm-keyword"))
                        .getText())
                .as("the snippet is highlighted as Python")
                .isNotBlank();
        keys(" ");
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".review-back")));
        assertThat(chrome.driver()
                        .findElement(By.cssSelector(".rating-good .interval"))
                        .getText())
                .isEqualTo("10m");
        shot("20-review-answer");
        keys("1");
        waitFor(d -> !currentCard().equals(first));
        keys("z");
        waitFor(d -> currentCard().equals(first));
        assertThat(chrome.driver().findElement(By.id("review-due")).getText()).contains("3");

        for (int i = 0; i < 3; i++) {
            String card = currentCard();
            keys(" ");
            waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ratings")));
            keys("4");
            waitFor(d -> d.findElements(By.id("review-summary")).size() == 1
                    || !currentCard().equals(card));
        }
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("review-summary")));
        assertThat(chrome.driver().findElement(By.id("tally-easy")).getText()).isEqualTo("3");
        assertThat(chrome.driver().findElement(By.id("tally-again")).getText()).isEqualTo("0");
        shot("21-review-done");

        open("/review/stats");
        assertThat(chrome.driver().findElements(By.cssSelector("svg.review-chart")))
                .hasSize(4);
        assertThat(chrome.driver().findElements(By.cssSelector("svg.chart-reviews rect[height]")).stream()
                        .filter(bar -> !bar.getAttribute("height").equals("0.0"))
                        .count())
                .isEqualTo(1);
        shot("22-review-stats");
        open("/dashboard");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-due")));
        assertThat(chrome.driver().findElement(By.id("dashboard-due")).getText())
                .isEqualTo("0");

        open("/roadmaps/python-advanced?open=stage3-generators-functional,python-internals");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph[data-mastery-drawn]")));
        assertThat(chrome.driver()
                        .findElement(By.cssSelector("a[data-node='closures'] .mastery-ring"))
                        .getAttribute("data-mastery"))
                .as(
                        "a topic still to do (2 x 0), closure-counter not passed (0), cards just reviewed (recall 1): 1 / 4")
                .isEqualTo("0.25");
        assertThat(chrome.driver().findElements(By.cssSelector("a[data-node='gil'] .mastery-ring")))
                .isEmpty();
    }

    @Test
    void aLearnerPlansTheirWeeksSeesThisWeekAndRePlans() throws IOException {
        register("weekly");
        open("/plan");
        chrome.driver()
                .findElement(By.cssSelector("input[name='track'][value='backend']"))
                .click();
        WebElement hours = chrome.driver().findElement(By.id("hours-per-week"));
        hours.clear();
        hours.sendKeys("10");
        chrome.driver().findElement(By.id("plan-submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("plan-finish")));
        assertThat(chrome.driver().findElements(By.cssSelector(".plan-gantt rect.bar")))
                .hasSizeGreaterThan(50);
        assertThat(chrome.driver().findElements(By.cssSelector(".plan-gantt line.today")))
                .hasSize(1);
        assertThat(chrome.driver().findElement(By.id("plan-slip")).getText()).isNotBlank();
        shot("30-plan");

        open("/dashboard");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#this-week .this-week-topics li a")));
        WebElement first = chrome.driver().findElement(By.cssSelector("#this-week .this-week-topics li a"));
        String topic = first.getAttribute("href");
        String hoursBefore =
                chrome.driver().findElement(By.id("this-week-hours")).getText();
        shot("31-this-week");
        chrome.driver().get(topic);
        chrome.driver()
                .findElement(By.cssSelector(".status-buttons button[data-status='done']"))
                .click();
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".status-buttons button[data-status='done'][aria-pressed='true']")));
        open("/dashboard");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#this-week .this-week-topics li.done")));
        assertThat(chrome.driver().findElement(By.id("this-week-hours")).getText())
                .isNotEqualTo(hoursBefore);

        open("/plan");
        chrome.driver().findElement(By.id("replan")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#slip-title ~ p.meta"), "第 2 版"));
        assertThat(chrome.driver().findElements(By.cssSelector(".plan-gantt rect.bar.done")))
                .isEmpty();
        String finish = chrome.driver().findElement(By.id("plan-finish")).getText();

        WebElement more = chrome.driver().findElement(By.id("hours-per-week"));
        more.clear();
        more.sendKeys("20");
        chrome.driver().findElement(By.id("plan-submit")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#slip-title ~ p.meta"), "第 3 版"));
        assertThat(chrome.driver().findElement(By.id("plan-finish")).getText())
                .as("twice the hours: the same plan, re-planned, finishes sooner")
                .isLessThan(finish);
    }

    /** The card shown now, read in one step so that a swap in between cannot leave a stale element. */
    private static String currentCard() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) chrome.driver())
                .executeScript("var c = document.querySelector('#review-card .review-card');"
                        + " return c ? c.dataset.card : '';");
    }

    private static void keys(String keys) {
        chrome.keys(keys);
    }

    private void register(String name) {
        chrome.register(name);
    }

    private void open(String path) {
        chrome.open(path);
    }

    private static <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        return chrome.waitFor(condition);
    }

    private static void shot(String name) {
        chrome.shot(name);
    }
}
