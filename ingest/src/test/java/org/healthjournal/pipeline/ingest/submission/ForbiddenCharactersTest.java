package org.healthjournal.pipeline.ingest.submission;

import org.junit.jupiter.api.Test;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ForbiddenCharactersTest {

    /** The patterns DraftValidator searched with before, character for character the rule. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern URL_FORBIDDEN = Pattern.compile("[\\s\"'<>`{}|\\\\^]");

    @Test
    void controlCharactersAreExactlyThoseThePatternFound() {
        assertSameAsPattern(ForbiddenCharacters::hasControl, CONTROL);
    }

    @Test
    void directionOverridesAreExactlyThoseThePatternFound() {
        assertSameAsPattern(ForbiddenCharacters::hasBidi, BIDI);
    }

    @Test
    void charactersRefusedInUrlsAreExactlyThoseThePatternFound() {
        assertSameAsPattern(ForbiddenCharacters::hasUrlForbidden, URL_FORBIDDEN);
    }

    @Test
    void tabNewlineAndCarriageReturnAreNotControlCharactersOfADraft() {
        assertThat(ForbiddenCharacters.hasControl("line one\r\n\tline two\n")).isFalse();
        assertThat(ForbiddenCharacters.hasControl("a NUL \u0000 here")).isTrue();
        assertThat(ForbiddenCharacters.hasControl("a C1 \u0085 here")).isTrue();
    }

    @Test
    void aForbiddenCharacterIsFoundAnywhereInALongText() {
        String text = "x".repeat(5_000);
        assertThat(ForbiddenCharacters.hasControl(text)).isFalse();
        assertThat(ForbiddenCharacters.hasControl(text + "\u0007")).isTrue();
        assertThat(ForbiddenCharacters.hasBidi("\u202E" + text)).isTrue();
        assertThat(ForbiddenCharacters.hasUrlForbidden("https://example.org/" + text + "<")).isTrue();
        assertThat(ForbiddenCharacters.hasControl("")).isFalse();
    }

    /** Every char alone, between letters, and supplementary characters and lone surrogates beside them. */
    private static void assertSameAsPattern(Predicate<String> scan, Pattern pattern) {
        for (int c = 0; c <= 0xFFFF; c++) {
            String alone = String.valueOf((char) c);
            assertThat(scan.test(alone)).as("U+%04X", c).isEqualTo(pattern.matcher(alone).find());
            String inside = "ab" + alone + "cd";
            assertThat(scan.test(inside)).as("U+%04X inside text", c).isEqualTo(pattern.matcher(inside).find());
        }
        for (String text : new String[] {"\uD83D\uDE00", "caf\u00E9 \uD83E\uDDE0 ok", "\uD800", "x\uDFFFy",
                "\uD83D\uDE00\u0001", "\uD83D\uDE00\u202E", "\uD83D\uDE00 "}) {
            assertThat(scan.test(text)).as(text).isEqualTo(pattern.matcher(text).find());
        }
    }
}
