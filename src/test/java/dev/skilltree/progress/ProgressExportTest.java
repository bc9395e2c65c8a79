package dev.skilltree.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressExportTest {

    @Test
    void readsMissingListsAsEmpty() {
        ProgressExport file = new ProgressExport(ProgressExport.FORMAT, "python", Instant.EPOCH, null, null, null);

        assertThat(file.statuses()).isEmpty();
        assertThat(file.notes()).isEmpty();
        assertThat(file.history()).isEmpty();
    }

    @Test
    void keepsItsOwnCopyOfTheEntries() {
        List<ProgressExport.Entry> statuses = new ArrayList<>(List.of(new ProgressExport.Entry("http", "done")));
        ProgressExport file =
                new ProgressExport(ProgressExport.FORMAT, "python", Instant.EPOCH, statuses, List.of(), List.of());

        statuses.add(new ProgressExport.Entry("site", "done"));

        assertThat(file.statuses()).containsExactly(new ProgressExport.Entry("http", "done"));
        assertThatThrownBy(() -> file.statuses().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
