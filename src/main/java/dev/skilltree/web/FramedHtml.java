package dev.skilltree.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an HTML page rendered per request around a cached {@link PrecompressedHtml} middle. When the client accepts
 * gzip, only the frame is compressed: the gzip member is the frame's head (sync-flushed), the cached segment and the
 * frame's tail (final block), with a CRC over all three.
 */
public final class FramedHtml {

    /** Where the middle goes in the rendered frame. */
    public static final String SLOT = "<!--skilltree:slot-->";

    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

    private FramedHtml() {}

    public static void write(
            HttpServletRequest request, HttpServletResponse response, String frame, PrecompressedHtml middle)
            throws IOException {
        int slot = frame.indexOf(SLOT);
        if (slot < 0) {
            throw new IllegalArgumentException("the frame has no slot for the middle");
        }
        byte[] head = frame.substring(0, slot).getBytes(StandardCharsets.UTF_8);
        byte[] tail = frame.substring(slot + SLOT.length()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.addHeader("Vary", "Accept-Encoding");
        OutputStream out = response.getOutputStream();
        if (acceptsGzip(request.getHeader("Accept-Encoding"))) {
            writeGzip(head, middle, tail, response, out);
        } else {
            response.setContentLengthLong((long) head.length + middle.utf8().length + tail.length);
            out.write(head);
            out.write(middle.utf8());
            out.write(tail);
        }
    }

    /** Only the frame is compressed here; the middle's deflated bytes go out as they are, without a copy. */
    private static void writeGzip(
            byte[] head, PrecompressedHtml middle, byte[] tail, HttpServletResponse response, OutputStream out)
            throws IOException {
        CRC32 crc = new CRC32();
        crc.update(head);
        crc.update(middle.utf8());
        crc.update(tail);
        ByteArrayOutputStream start = new ByteArrayOutputStream(head.length / 3 + 64);
        ByteArrayOutputStream end = new ByteArrayOutputStream(tail.length / 3 + 64);
        start.writeBytes(GZIP_HEADER);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            PrecompressedHtml.deflate(deflater, head, false, start);
            PrecompressedHtml.deflate(deflater, tail, true, end);
        } finally {
            deflater.end();
        }
        writeIntLittleEndian(end, (int) crc.getValue());
        writeIntLittleEndian(end, head.length + middle.utf8().length + tail.length);
        response.setHeader("Content-Encoding", "gzip");
        response.setContentLength(start.size() + middle.deflated().length + end.size());
        start.writeTo(out);
        out.write(middle.deflated());
        end.writeTo(out);
    }

    private static void writeIntLittleEndian(ByteArrayOutputStream out, int value) {
        for (int shift = 0; shift < 32; shift += 8) {
            out.write(value >>> shift);
        }
    }

    /** True unless the header is missing or refuses gzip ({@code gzip;q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].strip();
            if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
                for (int i = 1; i < fields.length; i++) {
                    String parameter = fields[i].strip().replace(" ", "");
                    if (parameter.matches("q=0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
