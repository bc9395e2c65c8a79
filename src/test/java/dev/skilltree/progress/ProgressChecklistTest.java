package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.skilltree.roadmap.NodeKind;
import dev.skilltree.roadmap.Roadmap;
import dev.skilltree.roadmap.Text;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressChecklistTest {

    @Test
    void listsTheRoadmapAsANestedTaskListTickingCompleteTopics() {
        RoadmapProgress progress = ProgressFixtures.progress(
                Map.of("syntax", Status.DONE, "types", Status.LEARNING, "http", Status.SKIPPED));

        assertThat(ProgressChecklist.render(progress, "en")).isEqualTo("""
            # Python roadmap

            - [ ] Basics _(learning)_ `basics`
              - [ ] Language _(learning)_ `lang`
                - [x] Syntax `syntax`
                  - [x] Loops `loops`
                  - [x] Functions `functions`
                - [ ] Types _(learning)_ `types`
            - [ ] Web _(learning)_ `web`
              - [x] HTTP _(skipped)_ `http`
              - [ ] Personal site `homepage`
            """);
    }

    @Test
    void writesTitlesInTheReadersLanguageOnOneLine() {
        Roadmap roadmap = new Roadmap(
                "notes",
                new Text("笔记", "Notes"),
                "zh",
                Text.EMPTY,
                1,
                List.of(),
                List.of(ProgressFixtures.node("multi", NodeKind.TOPIC, null, "第一行\n第二行", "")));

        assertThat(ProgressChecklist.render(new RoadmapProgress(roadmap, Map.of()), "zh"))
                .isEqualTo("# 笔记\n\n- [ ] 第一行 第二行 `multi`\n");
        assertThat(ProgressChecklist.render(new RoadmapProgress(roadmap, Map.of()), "en"))
                .as("falls back to the other language")
                .endsWith("- [ ] 第一行 第二行 `multi`\n");
    }
}
