package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ResourceTest {

    @Test
    void needsAKindAndATitle() {
        for (Runnable missing : new Runnable[] {
            () -> new Resource(null, "Fluent Python", null, null, null),
            () -> new Resource(ResourceKind.BOOK, null, null, null, null),
            () -> new Resource(ResourceKind.BOOK, "  ", null, null, null)
        }) {
            assertThatIllegalArgumentException()
                    .isThrownBy(missing::run)
                    .withMessage("a resource needs a kind and a title");
        }
    }

    @Test
    void hasAnEmptyNoteUnlessGivenOneAndKeepsTheRest() {
        Resource book = new Resource(ResourceKind.BOOK, "Fluent Python", null, null, null);
        Resource site = new Resource(ResourceKind.SITE, "MDN", "https://developer.mozilla.org", null, "reference");

        assertThat(book.note()).isEmpty();
        assertThat(book.url()).isNull();
        assertThat(site.note()).isEqualTo("reference");
        assertThat(site.url()).isEqualTo("https://developer.mozilla.org");
    }
}
