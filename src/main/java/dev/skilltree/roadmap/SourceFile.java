package dev.skilltree.roadmap;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A named piece of roadmap input, decoded strictly as UTF-8. */
public record SourceFile(String name, String text) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Decodes {@code bytes}, or throws {@link InvalidRoadmap} naming the file and the first bad line. */
    public static SourceFile decode(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw InvalidRoadmap.of(new Problem(
                    new Location(name, 1),
                    "the file is " + bytes.length + " bytes; roadmaps over " + MAX_BYTES
                            + " bytes (5 MB) are refused"));
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new SourceFile(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw InvalidRoadmap.of(
                    new Problem(new Location(name, firstInvalidLine(bytes)), "the file is not valid UTF-8 text"));
        }
    }

    private static int firstInvalidLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
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

    static List<SourceFile> of(String name, String text) {
        return List.of(new SourceFile(name, text));
    }
}
