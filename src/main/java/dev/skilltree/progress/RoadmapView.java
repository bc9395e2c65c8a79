package dev.skilltree.progress;

import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.Track;
import java.util.List;

/** The roadmap page: graph, outline, the chosen track and search, and the learner's percentage. */
public record RoadmapView(
        Roadmap roadmap,
        String track,
        String query,
        double percent,
        int complete,
        int total,
        String graphSvg,
        List<OutlineItem> outline,
        boolean signedIn) {

    public List<Track> tracks() {
        return roadmap.tracks();
    }

    /** The query string that keeps the track and search in links. */
    public String filters() {
        StringBuilder out = new StringBuilder();
        if (track != null) {
            out.append("track=").append(java.net.URLEncoder.encode(track, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (!query.isEmpty()) {
            out.append(out.isEmpty() ? "" : "&")
                    .append("q=")
                    .append(java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
