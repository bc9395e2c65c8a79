package dev.skilltree.roadmap;

import static dev.skilltree.roadmap.Fixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static final String HEAD = "# Test {#test en=\"Test\"}\n\n";

    @Test
    void rejectsCyclicPrerequisitesPrintingTheCycleAsAPath() {
        List<Problem> problems = problems(HEAD + """
                ## A {#a needs=c}

                ## B {#b needs=a}

                ## C {#c needs=b}
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("prerequisites form a cycle: a → c → b → a");
            assertThat(p.location()).isEqualTo(new Location("test.md", 3));
        });
    }

    @Test
    void rejectsAnUnknownPrerequisiteOnItsLine() {
        List<Problem> problems = problems(HEAD + "## A {#a}\n\n## B {#b needs=a,nope}\n");

        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly("test.md:5: node 'b' needs 'nope', but no node has that id");
    }

    @Test
    void rejectsADuplicateIdNamingTheFirstUse() {
        List<Problem> problems = problems(HEAD + "## A {#a}\n\n### B {#a}\n");

        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly("test.md:5: the id 'a' is already used on line 3");
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        List<Problem> problems = problems(HEAD + """
                ## A {#a level=expert hours=8-4}

                ## B {#b colour=red tracks=missing}

                ## C
                """);

        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "test.md:3: hours=8-4 has its maximum below its minimum; write 4-8",
                        "test.md:3: unknown level 'expert'; use beginner, intermediate or advanced",
                        "test.md:5: unknown attribute 'colour' on a topic heading; allowed: en, hours, kind, level, needs, tracks, zh",
                        "test.md:5: node 'b' names track 'missing', but no track has that id",
                        "test.md:7: the heading 'C' has no id; add one such as {#my-topic}");
        assertThat(problems("# T\n\n## A {#a}\n\n## C\n"))
                .extracting(Problem::toString)
                .contains(
                        "test.md:1: the roadmap title needs an id, e.g. {#my-roadmap}",
                        "test.md:5: the heading 'C' has no id; add one such as {#my-topic}");
    }

    @Test
    void rejectsOverlongTitles() {
        assertThat(problems(HEAD + "## " + "长".repeat(1001) + " {#a}\n"))
                .extracting(Problem::toString)
                .containsExactly(
                        "test.md:3: the title is longer than 1000 characters; put the rest in the description");
    }

    @Test
    void rejectsAnEmptyDocument() {
        assertThat(problems("  \n\n"))
                .extracting(Problem::toString)
                .containsExactly("test.md:1: the document is empty");
    }

    @Test
    void rejectsADocumentWithoutHeadings() {
        assertThat(problems("just a sentence\nand another one\n"))
                .extracting(Problem::message)
                .containsExactly("the document has no headings, so there are no topics to import");
    }

    @Test
    void rejectsInvalidUtf8NamingTheLine() {
        byte[] bytes = "# T {#t}\n\n## A {#a}\nbad \u00ff here\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> SourceFile.decode("latin1.md", bytes))
                .isInstanceOfSatisfying(InvalidRoadmap.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly("latin1.md:4: the file is not valid UTF-8 text"));
    }

    @Test
    void refusesFilesOverFiveMegabytes() {
        byte[] big = new byte[SourceFile.MAX_BYTES + 1];

        assertThatThrownBy(() -> SourceFile.decode("big.md", big))
                .isInstanceOfSatisfying(InvalidRoadmap.class, e -> assertThat(
                                e.problems().getFirst().message())
                        .contains("roadmaps over 5242880 bytes (5 MB) are refused"));
    }

    @Test
    void rejectsHeadingsThatSkipALevelAndASecondTitle() {
        assertThat(problems(HEAD + "## A {#a}\n\n#### B {#b}\n\n# Again {#again}\n"))
                .extracting(Problem::toString)
                .containsExactly(
                        "test.md:5: this heading has 4 '#' but the heading above it has 2; headings may go only one level deeper at a time",
                        "test.md:7: a roadmap has one '#' title; use '##' and deeper headings for its topics");
    }

    @Test
    void namesTheFileOfEachProblemInMultiFileRoadmaps() {
        List<SourceFile> parts =
                List.of(new SourceFile("00.md", HEAD + "## A {#a}\n"), new SourceFile("10.md", "### B {#b needs=x}\n"));

        assertThatThrownBy(() -> RoadmapReader.read(parts))
                .isInstanceOfSatisfying(InvalidRoadmap.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly("10.md:1: node 'b' needs 'x', but no node has that id"));
    }
}
