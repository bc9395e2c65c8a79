package dev.skilltree.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * A large piece of HTML kept as UTF-8 and as a self-contained raw-deflate segment, so that the pages embedding it
 * are gzipped without compressing it again on every request (see {@link FramedHtml}).
 */
public record PrecompressedHtml(byte[] utf8, byte[] deflated) {

    public static PrecompressedHtml of(String html) {
        byte[] utf8 = html.getBytes(StandardCharsets.UTF_8);
        return new PrecompressedHtml(utf8, deflate(utf8, false));
    }

    /**
     * Deflates with a fresh dictionary. An open segment ends with a sync flush: byte-aligned and not final, so any
     * number of them can be followed by one closed segment to form a single valid deflate stream.
     */
    static byte[] deflate(byte[] input, boolean close) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 4 + 64);
            deflate(deflater, input, close, out);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** As {@link #deflate(byte[], boolean)}, with a deflater that is reset first and appending to {@code out}. */
    static void deflate(Deflater deflater, byte[] input, boolean close, ByteArrayOutputStream out) {
        deflater.reset();
        deflater.setInput(input);
        byte[] buffer = new byte[Math.min(16 * 1024, input.length + 64)];
        if (close) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } else {
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length);
        }
    }
}
