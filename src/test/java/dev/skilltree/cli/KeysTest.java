package dev.skilltree.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys a review session sees for what a person types or pipes in. */
class KeysTest {

    @Test
    void enterAndReturnReadAsSpaceAndOtherKeysAsThemselves() throws IOException {
        assertThat(keys("\n\r3g ", 5)).containsExactly((int) ' ', (int) ' ', (int) '3', (int) 'g', (int) ' ');
    }

    @Test
    void theEndOfInputAndCtrlDQuit() throws IOException {
        assertThat(keys("", 2)).containsExactly((int) 'q', (int) 'q');
        assertThat(keys("\u0004", 1)).containsExactly((int) 'q');
    }

    @Test
    void anArrowOrFunctionKeyIsNothingAndItsDigitsNeverReachTheSession() throws IOException {
        assertThat(keys("\u001b[A\u001b[15~\u001b[1;5C\u001bOP2", 5)).containsExactly(0, 0, 0, 0, (int) '2');
    }

    @Test
    void anEscapeBeforeAPlainKeyGivesThatKeyAndACutOffSequenceQuits() throws IOException {
        assertThat(keys("\u001b3", 1)).containsExactly((int) '3');
        assertThat(keys("\u001b\n", 1)).containsExactly((int) ' ');
        assertThat(keys("\u001b[15", 1)).containsExactly((int) 'q');
        assertThat(keys("\u001b", 1)).containsExactly((int) 'q');
    }

    private static List<Integer> keys(String typed, int count) throws IOException {
        Keys keys = new Keys(new StringReader(typed));
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            read.add(keys.next());
        }
        return read;
    }
}
