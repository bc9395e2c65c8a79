package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceKindTest {

    @Test
    void readsEachKindBackFromItsCode() {
        for (ResourceKind kind : ResourceKind.values()) {
            assertThat(ResourceKind.fromCode(kind.code())).hasValue(kind);
        }
        assertThat(ResourceKind.BOOK.code()).isEqualTo("book");
    }

    @Test
    void knowsNoKindOfAnotherCodeOrCase() {
        assertThat(ResourceKind.fromCode("podcast")).isEmpty();
        assertThat(ResourceKind.fromCode("BOOK")).isEmpty();
        assertThat(ResourceKind.fromCode(null)).isEmpty();
    }
}
