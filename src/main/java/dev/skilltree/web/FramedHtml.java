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
        byte[] body = acceptsGzip(request.getHeader("Accept-Encoding")) ? gzip(head, middle, tail, response) : null;
        OutputStream out = response.getOutputStream();
        if (body != null) {
            response.setContentLength(body.length);
            out.write(body);
        } else {
            response.setContentLengthLong((long) head.length + middle.utf8().length + tail.length);
            out.write(head);
            out.write(middle.utf8());
            out.write(tail);
        }
    }

    private static byte[] gzip(byte[] head, PrecompressedHtml middle, byte[] tail, HttpServletResponse response) {
        response.setHeader("Content-Encoding", "gzip");
        CRC32 crc = new CRC32();
        crc.update(head);
        crc.update(middle.utf8());
        crc.update(tail);
        ByteArrayOutputStream out = new ByteArrayOutputStream(middle.deflated().length + 8 * 1024);
        out.writeBytes(GZIP_HEADER);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            PrecompressedHtml.deflate(deflater, head, false, out);
            out.writeBytes(middle.deflated());
            PrecompressedHtml.deflate(deflater, tail, true, out);
        } finally {
            deflater.end();
        }
        writeIntLittleEndian(out, (int) crc.getValue());
        writeIntLittleEndian(out, head.length + middle.utf8().length + tail.length);
        return out.toByteArray();
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
