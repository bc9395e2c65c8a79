package dev.skilltree.roadmap;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A named piece of roadmap input, decoded strictly as UTF-8. */
public record SourceFile(String name, String text) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Decodes {@code bytes}, or throws {@link InvalidRoadmap} naming the file and the first bad line. */
    public static SourceFile decode(String name, byte[] bytes) {
        refuseIfTooLarge(name, bytes.length);
        if (!isUtf8(bytes)) {
            throw InvalidRoadmap.of(
                    new Problem(new Location(name, firstInvalidLine(bytes)), "the file is not valid UTF-8 text"));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return new SourceFile(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** Throws {@link InvalidRoadmap} for input over 5 MB, before anything is read. */
    public static void refuseIfTooLarge(String name, long size) {
        if (size > MAX_BYTES) {
            throw InvalidRoadmap.of(new Problem(
                    new Location(name, 1),
                    "the file is " + size + " bytes; roadmaps over " + MAX_BYTES + " bytes (5 MB) are refused"));
        }
    }

    /** Checks the encoding through a small window, so that a large file is not held twice while it is checked. */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer window = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, window, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !decoder.flush(window.clear()).isError();
            }
            window.clear();
        }
    }

    /** A newline byte never occurs inside a multi-byte UTF-8 sequence, so lines can be checked one by one. */
    private static int firstInvalidLine(byte[] bytes) {
        CharsetDecoder decoder = strictDecoder();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
