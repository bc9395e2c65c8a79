package dev.skilltree.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Single keys from a terminal in raw mode or from piped input: Enter reads as Space, the end of input and Ctrl-D as
 * {@code q}, and an arrow or function key ({@code ESC [ … final byte}) as nothing, so its digits never rate a card.
 */
final class Keys {

    private static final int NONE = 0;
    private static final int ESC = 27;
    private static final int CTRL_D = 4;

    private final Reader in;

    Keys(Reader in) {
        this.in = in;
    }

    int next() throws IOException {
        int key = in.read();
        if (key != ESC) {
            return plain(key);
        }
        int next = in.read();
        if (next != '[' && next != 'O') {
            return plain(next);
        }
        do {
            key = in.read();
        } while (key != -1 && (key < 0x40 || key > 0x7e));
        return key == -1 ? 'q' : NONE;
    }

    private static int plain(int key) {
        return switch (key) {
            case '\n', '\r' -> ' ';
            case -1, CTRL_D -> 'q';
            default -> key;
        };
    }
}
