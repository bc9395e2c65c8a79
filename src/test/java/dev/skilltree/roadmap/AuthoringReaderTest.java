package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What AuthoringFormatTest and ValidationTest leave out: recognition, tracks, resources and the title's keys. */
class AuthoringReaderTest {

    private static final String HEAD = "# T {#t}\n\n";

    @Test
    void recognisesADocumentByAnAttributeBlockOnAHeading() {
        assertThat(AuthoringReader.recognises(source("# Title\n\n## Part {#part}\n")))
                .isTrue();
        assertThat(AuthoringReader.recognises(source("# Title\n\n## Part\n\n- book: B {level=advanced}\n")))
                .isFalse();
        assertThat(AuthoringReader.recognises(source("Title {#t}\n"))).isFalse();
    }

    @Test
    void readsTracksWithTheirDescriptionsInBothLanguages() {
        Roadmap roadmap = read(HEAD + """
                - track: 后端 {#backend en=Backend}

                  用框架写服务。

                  > Services with frameworks.
                - track: 数据 {#data}

                ## A {#a tracks=backend,data}
                """);

        assertThat(roadmap.tracks())
                .containsExactly(
                        new Track(
                                "backend", new Text("后端", "Backend"), new Text("用框架写服务。", "Services with frameworks.")),
                        new Track("data", new Text("数据", ""), Text.EMPTY));
        assertThat(roadmap.node("a").orElseThrow().tracks()).containsExactly("backend", "data");
    }

    @Test
    void readsAResourcesNoteFromTheLinesBelowIt() {
        Roadmap roadmap = read(HEAD + """
                ## A {#a}

                - book: Fluent Python {level=intermediate}
                  Chapters 7 to 9.
                - video: Talk {url=https://example.org/talk}

                  Watch the first half.
                """);

        assertThat(roadmap.node("a").orElseThrow().resources())
                .containsExactly(
                        new Resource(
                                ResourceKind.BOOK, "Fluent Python", null, Difficulty.INTERMEDIATE, "Chapters 7 to 9."),
                        new Resource(
                                ResourceKind.VIDEO, "Talk", "https://example.org/talk", null, "Watch the first half."));
    }

    @Test
    void keepsAListThatMixesResourcesAndOtherItemsInTheDescription() {
        Roadmap roadmap = read(HEAD + "## A {#a}\n\n- book: Fluent Python\n- then practise\n");

        Node a = roadmap.node("a").orElseThrow();
        assertThat(a.resources()).isEmpty();
        assertThat(a.description().zh()).isEqualTo("- book: Fluent Python\n- then practise");
    }

    @Test
    void dropsClosingHashesFromHeadings() {
        Roadmap roadmap = read(HEAD + "## Closures {#closures} ##\n");

        assertThat(roadmap.nodes())
                .extracting(Node::id, n -> n.title().zh())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("closures", "Closures"));
    }

    @Test
    void refusesTracksAndResourcesOutOfPlace() {
        assertThat(problems(HEAD + "- book: Early\n\n## A {#a}\n\n- track: Late {#late}\n"))
                .containsExactly(
                        "t.md:3: resources belong to a topic; put this list under a '##' heading",
                        "t.md:7: tracks are defined under the roadmap title, before the first '##' heading");
    }

    @Test
    void refusesResourcesWithoutATitleOrWithALocalUrl() {
        assertThat(problems(HEAD + "## A {#a}\n\n- book: {level=advanced}\n- site: Docs {url=file:///etc/passwd}\n"))
                .containsExactly(
                        "t.md:5: the book has no title",
                        "t.md:6: the url 'file:///etc/passwd' must be an absolute http or https address");
    }

    @Test
    void refusesATrackWithoutAValidId() {
        assertThat(problems(HEAD + "- track: Backend\n- track: Data {#Data}\n\n## A {#a}\n"))
                .containsExactly(
                        "t.md:3: the track 'Backend' has no id; add one such as {#backend}",
                        "t.md:4: 'Data' is not a valid id: use lower-case letters, digits and single dashes, at most 64"
                                + " characters");
    }

    @Test
    void refusesBadValuesOnTheTitle() {
        assertThat(problems("# T {#t lang=fr version=0 colour=red}\n\n## A {#a}\n"))
                .containsExactly(
                        "t.md:1: lang must be zh or en, not 'fr'",
                        "t.md:1: unknown attribute 'colour' on the roadmap title; allowed: en, lang, version, zh",
                        "t.md:1: version must be a positive whole number, not '0'");
        assertThat(problems("# T {#t version=two}\n\n## A {#a}\n"))
                .containsExactly("t.md:1: version must be a positive whole number, not 'two'");
    }

    @Test
    void refusesTheSecondLanguageKeyForThePrimaryLanguage() {
        assertThat(problems(HEAD + "## A {#a zh=甲}\n"))
                .containsExactly("t.md:3: 'zh=' repeats the primary language; the second language here is en");
        assertThat(problems("# T {#t lang=en en=T}\n\n## A {#a}\n"))
                .containsExactly("t.md:1: 'en=' repeats the primary language; the second language here is zh");
    }

    @Test
    void refusesAnUnknownKindAndInvalidIdsInLists() {
        assertThat(problems(HEAD + "## A {#a kind=chapter}\n\n## B {#b needs=a,Not_An_Id}\n"))
                .containsExactly(
                        "t.md:3: unknown kind 'chapter'; use stage, area, topic, subtopic, project or assessment",
                        "t.md:5: 'Not_An_Id' is not a valid id: use lower-case letters, digits and single dashes, at"
                                + " most 64 characters");
    }

    @Test
    void refusesATopicBeforeTheTitle() {
        assertThat(problems("## A {#a}\n\n# T {#t}\n"))
                .contains("t.md:1: the document must start with the roadmap's '#' title before any '##' heading");
    }

    private static MarkdownSource source(String markdown) {
        return new MarkdownSource(List.of(new SourceFile("t.md", markdown)));
    }

    private static Roadmap read(String markdown) {
        RoadmapDraft draft = new AuthoringReader(source(markdown)).read();
        assertThat(draft.problems).isEmpty();
        return draft.build();
    }

    private static List<String> problems(String markdown) {
        List<Problem> found = new AuthoringReader(source(markdown)).read().problems;
        return found.stream().map(Problem::toString).toList();
    }
}
