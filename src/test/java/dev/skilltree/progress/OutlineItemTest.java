package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OutlineItemTest {

    private final RoadmapProgress progress = ProgressFixtures.progress(Map.of("syntax", Status.DONE));

    /** The outline as indented lines: id, then "?" for a row shown only as context of a match. */
    private static String draw(List<OutlineItem> items) {
        return draw(items, 0);
    }

    private static String draw(List<OutlineItem> items, int depth) {
        return items.stream()
                .map(i -> "  ".repeat(depth) + i.node().id() + (i.match() ? "" : "?") + "\n"
                        + draw(i.children(), depth + 1))
                .collect(Collectors.joining());
    }

    @Test
    void showsTheWholeRoadmapWithoutFilters() {
        List<OutlineItem> outline = OutlineItem.build(progress, null, null);

        assertThat(draw(outline)).isEqualTo("""
            basics
              lang
                syntax
                  loops
                  functions
                types
            web
              http
              homepage
            """);
        assertThat(outline.getFirst()
                        .children()
                        .getFirst()
                        .children()
                        .getFirst()
                        .status())
                .isEqualTo(Status.DONE);
    }

    @Test
    void keepsOnlyTheTrackWithTheTopicsBelowIt() {
        assertThat(draw(OutlineItem.build(progress, "web", ""))).isEqualTo("""
            web
              http
              homepage
            """);
    }

    @Test
    void findsTopicsByTitleInEitherLanguageIgnoringCaseWithTheirParentsAsContext() {
        assertThat(draw(OutlineItem.build(progress, null, "  LOOP "))).isEqualTo("""
            basics?
              lang?
                syntax?
                  loops
            """);
        assertThat(draw(OutlineItem.build(progress, null, "协议"))).isEqualTo("""
            web?
              http
            """);
    }

    @Test
    void findsATopicByItsId() {
        assertThat(draw(OutlineItem.build(progress, null, "homepage"))).isEqualTo("""
            web?
              homepage
            """);
    }

    @Test
    void showsNothingWhenNothingMatches() {
        assertThat(OutlineItem.build(progress, "web", "loops")).isEmpty();
        assertThat(OutlineItem.build(progress, null, "haskell")).isEmpty();
    }
}
