package dev.skilltree.progress;

import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.web.Page;
import dev.skilltree.web.PrecompressedHtml;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The rendered body of roadmap pages (percentage, graph and outline), kept per roadmap version, language, filter and
 * set of statuses
 * (and the graph's open areas). Reloading a page, the most common request, then renders and compresses only the frame around it.
 */
@Component
class RoadmapBodies {

    /** Bodies are about 400 KB with their compressed form; this bounds the cache at about 25 MB. */
    private static final int MAX_ENTRIES = 64;

    private record Key(
            String roadmapId,
            String lang,
            String track,
            String query,
            String open,
            boolean signedIn,
            Map<String, Status> own) {}

    private record Kept(Roadmap roadmap, PrecompressedHtml body) {}

    private final TemplateEngine templates;
    private final Map<Key, Kept> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    RoadmapBodies(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The body for this learner's view; {@code view} is built and rendered only when nothing matching is kept. */
    PrecompressedHtml body(
            Roadmap roadmap,
            Map<String, Status> own,
            String track,
            String query,
            String open,
            Page page,
            Supplier<RoadmapView> view) {
        Key key = new Key(roadmap.id(), page.lang(), track, query, open, page.signedIn(), own);
        synchronized (recent) {
            Kept kept = recent.get(key);
            if (kept != null && kept.roadmap() == roadmap) {
                return kept.body();
            }
        }
        PrecompressedHtml body =
                PrecompressedHtml.of(render("progress/roadmapBody.jte", Map.of("page", page, "view", view.get())));
        synchronized (recent) {
            recent.put(key, new Kept(roadmap, body));
        }
        return body;
    }

    String render(String template, Map<String, Object> parameters) {
        StringOutput html = new StringOutput(16 * 1024);
        templates.render(template, parameters, html);
        return html.toString();
    }
}
