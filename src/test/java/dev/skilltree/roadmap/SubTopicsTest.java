package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class SubTopicsTest {

    @Test
    void anItemOfNamesBetweenSpacedSlashesIsSeveralTopics() {
        assertThat(SubTopics.isList("简介 / 历史 / 优缺点", "", paragraph("- 简介 / 历史 / 优缺点")))
                .isTrue();
        assertThat(SubTopics.split("简介 / 历史 /  优缺点 ")).containsExactly("简介", "历史", "优缺点");
    }

    @Test
    void aSlashWithoutSpacesIsPartOfAName() {
        assertThat(SubTopics.isList("I/O and TCP/IP", "", paragraph("- I/O and TCP/IP")))
                .isFalse();
    }

    @Test
    void anItemWithADescriptionOrANestedListIsOneTopic() {
        assertThat(SubTopics.isList("A / B", "what both are", paragraph("- A / B")))
                .isFalse();
        assertThat(SubTopics.isList("A / B", "", paragraph("- A / B\n\n  - C"))).isFalse();
    }

    @Test
    void emptyPartsAreNotTopics() {
        assertThat(SubTopics.split(" / A / ")).containsExactly("A");
        assertThat(SubTopics.isList(" / A / ", "", paragraph("- / A /"))).isFalse();
    }

    /** The first paragraph of the first item of a Markdown list. */
    private static Paragraph paragraph(String markdown) {
        ListBlock list = (ListBlock) Parser.builder().build().parse(markdown).getFirstChild();
        return (Paragraph) ((ListItem) list.getFirstChild()).getFirstChild();
    }
}
