package dev.skilltree.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceFileTest {

    @Test
    void decodesUtf8AndDropsAByteOrderMark() {
        byte[] bytes = "\uFEFF# 路线 {#t}\n".getBytes(StandardCharsets.UTF_8);

        assertThat(SourceFile.decode("bom.md", bytes)).isEqualTo(new SourceFile("bom.md", "# 路线 {#t}\n"));
    }

    @Test
    void namesTheFirstLineWithABadByte() {
        assertThat(problemIn(bytes(new byte[] {(byte) 0xFF}, "ok\n")))
                .isEqualTo("bad.md:1: the file is not valid UTF-8 text");
        assertThat(problemIn(bytes("ok\n第二行\n", new byte[] {(byte) 0xC0, (byte) 0xAF}, "\nok\n")))
                .as("an overlong encoding of '/'")
                .isEqualTo("bad.md:3: the file is not valid UTF-8 text");
    }

    @Test
    void refusesACharacterCutOffAtTheEndOfTheFile() {
        byte[] cut = {(byte) 0xE4, (byte) 0xB8};

        assertThat(problemIn(bytes("ok\n", cut))).isEqualTo("bad.md:2: the file is not valid UTF-8 text");
    }

    @Test
    void findsABadByteFarPastTheFirstWindow() {
        byte[] bytes = bytes("好\n".repeat(20_000), new byte[] {(byte) 0xFF});

        assertThat(problemIn(bytes)).isEqualTo("bad.md:20001: the file is not valid UTF-8 text");
    }

    @Test
    void acceptsFiveMegabytesAndRefusesMoreBeforeReading() {
        assertThatCode(() -> SourceFile.refuseIfTooLarge("ok.md", SourceFile.MAX_BYTES))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SourceFile.refuseIfTooLarge("huge.md", 6_000_000_000L))
                .isInstanceOfSatisfying(InvalidRoadmap.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly("huge.md:1: the file is 6000000000 bytes; roadmaps over 5242880 bytes"
                                + " (5 MB) are refused"));
    }

    private static String problemIn(byte[] bytes) {
        try {
            SourceFile.decode("bad.md", bytes);
        } catch (InvalidRoadmap e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().getFirst().toString();
        }
        throw new AssertionError("expected the bytes to be refused");
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] b ? b : part.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
