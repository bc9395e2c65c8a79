package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.support.Chromium;
import dev.skilltree.support.FreshData;
import dev.skilltree.support.RequiresSystemPackage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The roadmap graph as a learner reads it, measured in Chromium at 1400×1000: label sizes on screen, labels whole
 * inside their boxes, edges in proportion to boxes, the first view on the learner's topic, areas opening in place,
 * search and the keyboard. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RequiresSystemPackage(command = "chromedriver", debianPackage = "chromium-driver")
class GraphBrowserTest {

    /**
     * What the view shows: each label's font size on screen (its computed size times the drawing's scale), whether
     * its text ends in "…", lies outside its box or differs from the box's full title, and the boxes and edges that
     * the view's rectangle touches.
     */
    private static final String MEASURE = """
            const svg = document.querySelector('#graph svg.roadmap-graph');
            const frame = svg.getBoundingClientRect();
            const k = svg.getScreenCTM().a;
            const inView = el => { const r = el.getBoundingClientRect();
              return r.width > 0 && r.right > frame.left && r.left < frame.right
                && r.bottom > frame.top && r.top < frame.bottom; };
            const texts = [...svg.querySelectorAll('text')].filter(inView);
            const small = texts.map(t => ({text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * k}))
              .filter(t => t.px < 11);
            const boxes = [...svg.querySelectorAll('a.node-link')].filter(inView);
            const cut = boxes.filter(a => {
              const rect = a.querySelector('rect').getBBox();
              const label = a.querySelector('text.label');
              const b = label.getBBox();
              const outside = b.x < rect.x - 1 || b.x + b.width > rect.x + rect.width + 1
                || b.y < rect.y - 1 || b.y + b.height > rect.y + rect.height + 1;
              const drawn = [...label.querySelectorAll('tspan')].map(s => s.textContent).join('').replace(/\\s/g, '');
              const title = a.getAttribute('aria-label').split(' · ')[0].replace(/\\s/g, '');
              return outside || drawn.includes('…') || drawn !== title;
            }).map(a => a.dataset.node);
            const frames = [...svg.querySelectorAll('g.area-frame')].filter(inView);
            const edges = [...svg.querySelectorAll('g.edge')].filter(inView);
            return {labels: texts.length, small: small, cut: cut, boxes: boxes.length + frames.length,
              edges: edges.length, scale: k};
            """;

    @RegisterExtension
    static final Chromium chrome = new Chromium();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        FreshData.directory(registry);
    }

    @Test
    void theFirstViewReadsWithoutZoomingAndCentresOnTheTopicTheLearnerIsLearning() {
        chrome.register("grace");
        chrome.open("/roadmaps/python-advanced/nodes/closures");
        chrome.driver()
                .findElement(By.cssSelector("button[data-status='learning']"))
                .click();
        chrome.waitFor(d -> Boolean.TRUE.equals(
                chrome.script("const b = document.querySelector(\"button[data-status='learning']\");"
                        + " return !!b && b.getAttribute('aria-pressed') === 'true';")));

        openRoadmap("");
        shot("graph-01-first-view");

        Map<String, Object> view = measure();
        assertThat((Long) view.get("labels")).isGreaterThan(10);
        assertThat((List<?>) view.get("small")).as("labels drawn below 11 px").isEmpty();
        assertThat((List<?>) view.get("cut"))
                .as("labels cut or outside their box")
                .isEmpty();
        assertThat((Long) view.get("edges")).isLessThanOrEqualTo(2 * (Long) view.get("boxes"));
        assertThat(chrome.driver().findElement(By.cssSelector("#graph svg")).getAttribute("data-focus"))
                .isEqualTo("closures");
        Map<String, Object> centre = centreOf("#graph a.node-link[data-node='closures'] rect");
        assertThat((Double) centre.get("dx")).isBetween(-0.5, 0.5);
        assertThat((Double) centre.get("dy"))
                .as("closures in the view, in its middle unless the drawing ends first")
                .isBetween(-0.45, 0.45);
        assertThat(inView("#graph a.node-link[data-node='closures'] rect")).isTrue();

        for (String preset : List.of("out", "out", "reset", "in", "in", "in", "in", "reset")) {
            chrome.driver()
                    .findElement(By.cssSelector("[data-zoom='" + preset + "']"))
                    .click();
            assertThat((List<?>) measure().get("small"))
                    .as("labels below 11 px after " + preset)
                    .isEmpty();
        }
        assertThat(svgWidthShown()).as("Fit shows the drawing's whole width").isTrue();

        chrome.resize(390, 844);
        openRoadmap("");
        shot("graph-05-phone-first-view");
        assertThat((List<?>) measure().get("small"))
                .as("labels below 11 px at 390 px")
                .isEmpty();
        assertThat((List<?>) measure().get("cut")).isEmpty();
    }

    @Test
    void aClickOnAnAreaOpensItsTopicsInPlaceAndATopicLightsUpItsLinks() {
        openRoadmap("");
        String area = "data-structures";
        assertThat(chrome.driver().findElements(By.cssSelector("#graph a[data-node='ds-lists']")))
                .isEmpty();
        panTo("#graph a.area-link[data-node='" + area + "'] rect");
        chrome.driver()
                .findElement(By.cssSelector("#graph a.area-link[data-node='" + area + "']"))
                .click();
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#graph g.area-frame[data-area='" + area + "']")));
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph svg[data-ready]")));
        assertThat(chrome.driver()
                        .findElements(By.cssSelector("#graph a[data-node='ds-lists'][data-area='" + area + "']")))
                .hasSize(1);
        assertThat(centreOf("#graph g.area-frame[data-area='" + area + "'] rect")
                        .get("dy"))
                .isInstanceOf(Double.class);
        Map<String, Object> view = measure();
        assertThat((List<?>) view.get("small")).isEmpty();
        assertThat((List<?>) view.get("cut")).isEmpty();

        new Actions(chrome.driver())
                .moveToElement(chrome.driver().findElement(By.tagName("h1")))
                .moveToElement(chrome.driver().findElement(By.cssSelector("#graph a[data-node='ds-lists'] rect")))
                .perform();
        assertThat(chrome.driver().findElement(By.cssSelector("#graph svg")).getAttribute("class"))
                .contains("lit");
        assertThat(chrome.driver().findElements(By.cssSelector("#graph .after, #graph .before")))
                .isNotEmpty();
        assertThat(chrome.driver().findElements(By.cssSelector("#graph g.edge.on")))
                .isNotEmpty();
        shot("graph-02-area-open");

        chrome.driver()
                .findElement(By.cssSelector("#graph a.area-close[data-area='" + area + "']"))
                .click();
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#graph a.area-link[data-node='" + area + "']")));

        // Zooming in over a closed area, past the threshold, opens it as a click does.
        By frame = By.cssSelector("#graph g.area-frame[data-area='" + area + "']");
        for (int i = 0; i < 10 && chrome.driver().findElements(frame).isEmpty(); i++) {
            new Actions(chrome.driver())
                    .scrollFromOrigin(
                            WheelInput.ScrollOrigin.fromElement(chrome.driver()
                                    .findElement(By.cssSelector("#graph a.area-link[data-node='" + area + "'] rect"))),
                            0,
                            -100)
                    .perform();
        }
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(frame));
    }

    @Test
    void searchCountsTheMatchesJumpsToTheFirstAndStepsThroughThem() {
        openRoadmap("");
        chrome.driver().findElement(By.id("search")).sendKeys("decorator" + Keys.ENTER);
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#match-count[data-count]")));
        List<String> matches = chrome.driver().findElements(By.cssSelector("#graph a.node-link.match")).stream()
                .map(a -> a.getAttribute("data-node"))
                .toList();
        assertThat(matches).hasSizeGreaterThan(1);
        assertThat(chrome.driver().findElement(By.id("match-count")).getText())
                .contains(Integer.toString(matches.size()));
        assertThat(current()).isEqualTo(matches.get(0));
        assertThat(inView("#graph a.current-match rect")).isTrue();
        shot("graph-03-search");

        chrome.driver().findElement(By.cssSelector("[data-match='next']")).click();
        assertThat(current()).isEqualTo(matches.get(1));
        assertThat(inView("#graph a.current-match rect")).isTrue();
        chrome.driver().findElement(By.cssSelector("[data-match='prev']")).click();
        chrome.driver().findElement(By.cssSelector("[data-match='prev']")).click();
        assertThat(current()).isEqualTo(matches.getLast());
    }

    @Test
    void theKeyboardReachesTopicsMovesWithArrowsAndOpensOneWithEnter() {
        openRoadmap("");
        String first = chrome.driver().findElement(By.cssSelector("#graph svg")).getAttribute("data-focus");
        chrome.script("document.querySelector('#graph a.node-link[tabindex=\"0\"]').focus()");
        assertThat(focused()).isEqualTo(first);
        assertThat(chrome.script("return getComputedStyle(document.getElementById('graph-tip')).display"))
                .isNotEqualTo("none");

        chrome.keys(Keys.ENTER.toString());
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#panel .panel-body[data-node='" + first + "']")));

        chrome.keys(Keys.ARROW_DOWN.toString());
        String below = focused();
        assertThat(below).isNotNull().isNotEqualTo(first);
        assertThat(chrome.driver()
                        .findElement(By.cssSelector("#graph a.node-link[data-node='" + below + "']"))
                        .getAttribute("tabindex"))
                .isEqualTo("0");
        assertThat(inView("#graph a.node-link[data-node='" + below + "'] rect")).isTrue();
        chrome.keys(Keys.ARROW_UP.toString());
        assertThat(focused()).isNotEqualTo(below);
        shot("graph-04-keyboard");
    }

    /** Drags the drawing with the mouse, as a learner pans, until the element sits in the middle of the view. */
    @SuppressWarnings("unchecked")
    private static void panTo(String selector) {
        Map<String, Object> at = centreOf(selector);
        Map<String, Object> size = (Map<String, Object>)
                chrome.script("const r = document.querySelector('#graph svg').getBoundingClientRect();"
                        + " return {w: r.width + 0.000001, h: r.height + 0.000001};");
        int dx = (int) Math.round(-(Double) at.get("dx") * (Double) size.get("w"));
        int dy = (int) Math.round(-(Double) at.get("dy") * (Double) size.get("h"));
        new Actions(chrome.driver())
                .moveToElement(chrome.driver().findElement(By.cssSelector("#graph svg")), 0, -40)
                .clickAndHold()
                .moveByOffset(dx / 2, dy / 2)
                .moveByOffset(dx - dx / 2, dy - dy / 2)
                .release()
                .perform();
    }

    /** A screenshot with the graph in the window's middle. */
    private static void shot(String name) {
        chrome.script("document.querySelector('.graph-view').scrollIntoView({block: 'start'})");
        chrome.shot(name);
    }

    private void openRoadmap(String query) {
        chrome.open("/roadmaps/python-advanced" + query);
        chrome.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph svg[data-ready]")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure() {
        return (Map<String, Object>) chrome.script(MEASURE);
    }

    /** Where an element's centre lies in the graph's frame, from -0.5 (left, top) to 0.5 (right, bottom). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> centreOf(String selector) {
        return (Map<String, Object>) chrome.script("""
                const f = document.querySelector('#graph svg').getBoundingClientRect();
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return {dx: (r.left + r.width / 2 - f.left) / f.width - 0.5 + 1e-9,
                  dy: (r.top + r.height / 2 - f.top) / f.height - 0.5 + 1e-9};
                """, selector);
    }

    private static boolean inView(String selector) {
        return (Boolean) chrome.script("""
                const f = document.querySelector('#graph svg').getBoundingClientRect();
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return r.left >= f.left - 1 && r.right <= f.right + 1 && r.top >= f.top - 1 && r.bottom <= f.bottom + 1;
                """, selector);
    }

    private static boolean svgWidthShown() {
        return (Boolean) chrome.script("""
                const svg = document.querySelector('#graph svg');
                const full = svg.dataset.full.split(' ').map(Number);
                const shown = svg.viewBox.baseVal;
                return shown.width >= full[2] - 1 || svg.getScreenCTM().a <= 11 / 12 * 1.002;
                """);
    }

    private static String current() {
        return (String) chrome.script(
                "const a = document.querySelector('#graph a.current-match'); return a && a.dataset.node;");
    }

    private static String focused() {
        return (String)
                chrome.script("const a = document.activeElement.closest('a.node-link'); return a && a.dataset.node;");
    }
}
