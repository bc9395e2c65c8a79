package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.web.Page;
import dev.skilltree.web.PrecompressedHtml;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class RoadmapBodiesTest {

    /** The templates as the server runs them: compiled into main's classes by the build. */
    private final RoadmapBodies bodies = new RoadmapBodies(TemplateEngine.createPrecompiled(ContentType.Html));

    private final Roadmap roadmap = ProgressFixtures.roadmap();
    private final AtomicInteger built = new AtomicInteger();

    private static Page page(String lang) {
        return new Page(lang, "light", null, null, null, null, "/roadmaps/python", new StaticMessageSource());
    }

    /** The view the page would build, counting how often it is asked for. */
    private Supplier<RoadmapView> view(Roadmap roadmap, Map<String, Status> own, String query) {
        return () -> {
            built.incrementAndGet();
            RoadmapProgress progress = new RoadmapProgress(roadmap, own);
            RoadmapProgress.Tally tally = progress.tally(n -> true);
            return new RoadmapView(
                    roadmap,
                    null,
                    query,
                    tally.percent(),
                    tally.complete(),
                    tally.total(),
                    "<svg id=\"graph-svg\"></svg>",
                    OutlineItem.build(progress, null, query),
                    false);
        };
    }

    private PrecompressedHtml body(Roadmap roadmap, Map<String, Status> own, String lang, String query) {
        return bodies.body(roadmap, own, null, query, null, page(lang), view(roadmap, own, query));
    }

    private static String html(PrecompressedHtml body) {
        return new String(body.utf8(), StandardCharsets.UTF_8);
    }

    @Test
    void rendersThePercentageTheGraphAndTheOutline() throws Exception {
        PrecompressedHtml body = body(roadmap, Map.of("syntax", Status.DONE, "http", Status.DONE), "en", "");

        assertThat(html(body))
                .contains("<strong id=\"percent-value\">60%</strong>", "<svg id=\"graph-svg\"></svg>")
                .contains("href=\"/roadmaps/python/nodes/http\"", ">Personal site</a>");
        assertThat(inflate(body.deflated())).isEqualTo(html(body));
    }

    @Test
    void reusesTheBodyForTheSameRoadmapStatusesAndLanguage() {
        PrecompressedHtml first = body(roadmap, Map.of("http", Status.DONE), "en", "");

        PrecompressedHtml again = body(roadmap, Map.of("http", Status.DONE), "en", "");

        assertThat(again).isSameAs(first);
        assertThat(built).hasValue(1);
    }

    @Test
    void rendersAgainForOtherStatusesLanguageOrSearch() {
        body(roadmap, Map.of(), "en", "");

        PrecompressedHtml done = body(roadmap, Map.of("http", Status.DONE), "en", "");
        PrecompressedHtml chinese = body(roadmap, Map.of(), "zh", "");
        PrecompressedHtml searched = body(roadmap, Map.of(), "en", "loops");

        assertThat(built).hasValue(4);
        assertThat(html(done)).contains(">20%</strong>");
        assertThat(html(chinese)).contains(">个人网站</a>");
        assertThat(html(searched)).contains(">Loops</a>").doesNotContain(">Personal site</a>");
    }

    @Test
    void rendersAgainOnceTheRoadmapIsReplaced() {
        PrecompressedHtml before = body(roadmap, Map.of(), "en", "");

        PrecompressedHtml after = body(ProgressFixtures.roadmap(2), Map.of(), "en", "");

        assertThat(after).isNotSameAs(before);
        assertThat(built).hasValue(2);
    }

    @Test
    void forgetsTheLeastRecentlyUsedBodyBeyondSixtyFourKept() {
        body(roadmap, Map.of(), "en", "");
        for (int i = 1; i <= 64; i++) {
            body(roadmap, Map.of(), "en", "query " + i);
        }
        assertThat(built).hasValue(65);

        body(roadmap, Map.of(), "en", "query 64");
        body(roadmap, Map.of(), "en", "");

        assertThat(built).as("the newest was kept, the oldest rendered again").hasValue(66);
    }

    private static String inflate(byte[] deflated) throws Exception {
        Inflater inflater = new Inflater(true);
        inflater.setInput(deflated);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.needsInput()) {
            out.write(buffer, 0, inflater.inflate(buffer));
        }
        inflater.end();
        return out.toString(StandardCharsets.UTF_8);
    }
}
