package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapReaderTest {

    @Test
    void refusesAnEmptyDocumentNamingItsFirstFile() {
        for (List<SourceFile> files : List.of(
                List.of(new SourceFile("empty.md", "")),
                List.of(new SourceFile("empty.md", " \n\n\t\n"), new SourceFile("more.md", "\n")))) {
            assertThatThrownBy(() -> RoadmapReader.read(files))
                    .isInstanceOfSatisfying(InvalidRoadmap.class, e -> assertThat(e.problems())
                            .extracting(Problem::toString)
                            .containsExactly("empty.md:1: the document is empty"));
        }
    }

    @Test
    void readsTheAuthoringFormatWhenAHeadingCarriesAttributes() {
        Roadmap roadmap = RoadmapReader.read(new SourceFile("guide.md", "# R {#revised}\n\n## A {#a}\n\n## B {#b}\n"));

        assertThat(roadmap.id()).isEqualTo("revised");
        assertThat(roadmap.nodes()).extracting(Node::id).containsExactly("a", "b");
    }

    @Test
    void readsAnOutlineWithoutIdsUnderAnIdMadeFromTheFileName() {
        Roadmap roadmap = RoadmapReader.read(
                new SourceFile("guides/My-Python-Path.md", "# Python path\n\n## Basics\n\n- Loops\n- Functions\n"));

        assertThat(roadmap.id()).isEqualTo("my-python-path");
        assertThat(roadmap.nodes()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void makesAnIdFromAFileNameWithoutItsFoldersExtensionAndLoneNumbers() {
        assertThat(RoadmapReader.fallbackId("docs/Python-Guide.md")).isEqualTo("python-guide");
        assertThat(RoadmapReader.fallbackId("C:\\notes\\100 Days of Code.txt")).isEqualTo("days-of-code");
        assertThat(RoadmapReader.fallbackId("seeds/学习路线.md")).isEqualTo("roadmap");
    }
}
