package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapViewTest {

    @Test
    void keepsTheTrackAndTheSearchInLinksEncoded() {
        assertThat(view(null, "").filters()).isEmpty();
        assertThat(view("web", "").filters()).isEqualTo("track=web");
        assertThat(view(null, "装饰 器&").filters()).isEqualTo("q=%E8%A3%85%E9%A5%B0+%E5%99%A8%26");
        assertThat(view("web", "http").filters()).isEqualTo("track=web&q=http");
    }

    @Test
    void offersTheTracksOfItsRoadmap() {
        assertThat(view(null, "").tracks()).isEqualTo(ProgressFixtures.roadmap().tracks());
    }

    private static RoadmapView view(String track, String query) {
        return new RoadmapView(ProgressFixtures.roadmap(), track, query, 0, 0, 5, "", List.of(), false);
    }
}
