package dev.skilltree.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class PrecompressedHtmlTest {

    @Test
    void keepsTheHtmlAsUtf8AndAsDeflatedBytes() throws Exception {
        String html = "<ul>" + "<li>装饰器 &amp; 闭包</li>".repeat(500) + "</ul>";

        PrecompressedHtml middle = PrecompressedHtml.of(html);

        assertThat(middle.utf8()).isEqualTo(html.getBytes(StandardCharsets.UTF_8));
        assertThat(middle.deflated().length).isLessThan(middle.utf8().length / 10);
        assertThat(inflate(middle.deflated(), false)).isEqualTo(html);
    }

    @Test
    void leavesAnOpenSegmentUnfinishedSoThatMoreCanFollow() throws Exception {
        byte[] open = PrecompressedHtml.deflate(bytes("<main>"), false);
        byte[] closed = PrecompressedHtml.deflate(bytes("</main>"), true);

        Inflater inflater = new Inflater(true);
        inflater.setInput(open);
        byte[] buffer = new byte[100];
        int n = inflater.inflate(buffer);
        assertThat(new String(buffer, 0, n, StandardCharsets.UTF_8)).isEqualTo("<main>");
        assertThat(inflater.finished()).isFalse();
        inflater.end();

        assertThat(inflate(concat(open, closed), true)).isEqualTo("<main></main>");
    }

    @Test
    void joinsAnyNumberOfOpenSegmentsLargerThanItsBuffer() throws Exception {
        byte[] noise = new byte[60_000];
        new Random(42).nextBytes(noise);
        String head = HexFormat.of().formatHex(noise);

        byte[] first = PrecompressedHtml.deflate(bytes(head), false);
        byte[] stream = concat(
                first,
                PrecompressedHtml.deflate(bytes("-middle-"), false),
                PrecompressedHtml.deflate(bytes("tail"), true));

        assertThat(first.length).as("more than one buffer of output").isGreaterThan(16 * 1024);
        assertThat(inflate(stream, true)).isEqualTo(head + "-middle-tail");
    }

    /** Inflates a raw deflate stream; {@code mustFinish} requires its final block. */
    static String inflate(byte[] deflated, boolean mustFinish) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && !inflater.needsInput()) {
                out.write(buffer, 0, inflater.inflate(buffer));
            }
            assertThat(inflater.finished()).as("final block seen").isEqualTo(mustFinish);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            inflater.end();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
