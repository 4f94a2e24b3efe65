package org.healthjournal.pipeline.notifier.mail;

import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PreEncodedTextTest {

    private static final String A = "standinAAAA";
    private static final String B = "standinBBBB";

    @Test
    void quotedPrintableWithoutGapsIsWhatJakartaMailsEncoderWrites() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            String text = randomText(random, 300).replace(A, "").replace(B, "");
            assertThat(PreEncodedText.of(text, "quoted-printable", A, B).with("x", "y"))
                    .as(text).isEqualTo(jakartaEncoded(text, "quoted-printable"));
        }
    }

    @Test
    void quotedPrintableWithValuesAnywhereDecodesToTheTextWithTheValuesAndKeepsLinesWithinSeventySix()
            throws Exception {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            String text = randomText(random, 400);
            String a = randomValue(random);
            String b = randomValue(random);
            byte[] encoded = PreEncodedText.of(text, "quoted-printable", A, B).with(a, b);

            String expected = decoded(jakartaEncoded(text.replace(A, a).replace(B, b), "quoted-printable"));
            assertThat(decoded(encoded)).as(text).isEqualTo(expected);
            String raw = new String(encoded, StandardCharsets.US_ASCII);
            for (String line : raw.split("\r\n", -1)) {
                assertThat(line.length()).as(raw).isLessThanOrEqualTo(76);
                assertThat(line).as(raw).doesNotContain("\r", "\n").doesNotEndWith(" ").doesNotEndWith("\t");
            }
        }
    }

    @Test
    void sevenBitTakesTheValuesAsTheyAreUnlessALineWouldPassNineHundredNinetyEightCharacters() {
        PreEncodedText text = PreEncodedText.of("Unsubscribe: " + A + "\nManage: " + B + "\n", "7bit", A, B);

        assertThat(text.encoding()).isEqualTo("7bit");
        assertThat(new String(text.with("https://x.org/u?t=1", "https://x.org/m?t=1"), StandardCharsets.US_ASCII))
                .isEqualTo("Unsubscribe: https://x.org/u?t=1\nManage: https://x.org/m?t=1\n");
        assertThat(text.with("https://x.org/u?t=" + "1".repeat(990), "m")).isNull();
        assertThat(text.with("https://x.org/u?t=a b", "m")).isNull();
    }

    @Test
    void base64CannotBePatched() {
        assertThat(PreEncodedText.of("text " + A, "base64", A, B)).isNull();
    }

    private static String randomText(Random random, int maxLength) {
        String[] pieces = {"a", "b", " ", "  ", "\t", "\n", "\r\n", "\r", "=", "é", "—", "😀", "“", "x".repeat(80),
                "word ", A, B, A, B, "\u0001"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        while (text.length() < length) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static String randomValue(Random random) {
        String chars = "abcXYZ019=&?/:.-_\"<>%";
        StringBuilder value = new StringBuilder("https://example.org/");
        int length = random.nextInt(120);
        for (int i = 0; i < length; i++) {
            value.append(chars.charAt(random.nextInt(chars.length())));
        }
        return value.toString();
    }

    private static byte[] jakartaEncoded(String text, String encoding) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = MimeUtility.encode(bytes, encoding)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static String decoded(byte[] encoded) throws Exception {
        return new String(MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable").readAllBytes(),
                StandardCharsets.UTF_8);
    }
}
