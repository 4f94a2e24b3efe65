package org.healthjournal.pipeline.content.checks;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** PhraseFinder finds what {@link Phrases#anyOf}'s case-insensitive pattern finds, nothing more or less. */
class PhraseFinderTest {

    private static List<String> found(List<String> phrases, String text) {
        return PhraseFinder.of(phrases).allIn(text).stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    @Test
    void matchesWholeWordsInAnyCaseLongestFirst() {
        List<String> terms = List.of("cure", "miracle cure", "Cure-All", "100% safe");

        assertThat(found(terms, "A MIRACLE CURE, a cure-all, 100%   safe; cures and precure are not")).containsExactly(
                "MIRACLE CURE", "cure-all", "100%   safe");
        assertThat(found(terms, "cure-ish x-cure cure_ cure9 cure")).containsExactly("cure");
    }

    @Test
    void phrasesTypedWithCapitalsMatchNormalisedText() {
        List<String> cues = List.of("NO EVIDENCE", "Doesn't Support");

        // the checks search sentences as Phrases.normalise leaves them: lower case, plain apostrophes
        assertThat(found(cues, Phrases.normalise("There is No Evidence; it DOESN\u2019T support that")))
                .containsExactly("no evidence", "doesn't support");
    }

    @Test
    void foldsCaseTheWayUnicodeCasePatternsDo() {
        // long s and dotless i fold to s and i; a lone sharp s without case matches only itself
        assertThat(found(List.of("side effects"), "no \u017Fide effects")).containsExactly("\u017Fide effects");
        assertThat(found(List.of("miracle"), "m\u0131racle")).containsExactly("m\u0131racle");
        assertThat(found(List.of("\u00DF"), "\u1E9E \u00DF")).containsExactly("\u00DF");
        assertThat(found(List.of("stra\u00DFe"), "STRA\u1E9EE")).containsExactly("STRA\u1E9EE");
    }

    @Test
    void twoSpacesInAPhraseNeedTwoWhiteSpaces() {
        assertThat(found(List.of("a  b"), "a b, a \tb")).containsExactly("a \tb");
    }

    @Test
    void emptyListFindsNothingAndBlankPhrasesBehaveAsThePatternDoes() {
        assertThat(PhraseFinder.of(List.of()).foundIn("anything")).isFalse();
        assertSameAsPattern(List.of(" ", ""), "a b  c");
        assertSameAsPattern(List.of("a\tb", "x\u0000y"), "a\tb x\u0000y A\tB");
    }

    @Test
    void findsWhatThePatternFindsInRandomText() {
        String alphabet = "abcdeiksz ABEIKS019_-'\"\t\n\u00A0\u017F\u0131\u0130\u212A\u00DF\u1E9E\u03A3\u03C2\u00E9\\E%()[]";
        Random random = new Random(20_260_601);
        for (int list = 0; list < 300; list++) {
            List<String> phrases = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                phrases.add(randomText(random, alphabet, 4));
            }
            Pattern pattern = Phrases.anyOf(phrases);
            PhraseFinder finder = PhraseFinder.of(phrases);
            for (int text = 0; text < 100; text++) {
                StringBuilder sample = new StringBuilder(randomText(random, alphabet, 6));
                if (!phrases.isEmpty()) {
                    String phrase = phrases.get(random.nextInt(phrases.size()));
                    sample.append(random.nextBoolean() ? phrase : phrase.toUpperCase(Locale.ROOT));
                }
                sample.append(randomText(random, alphabet, 6));
                assertSame(pattern, finder, sample.toString());
            }
        }
    }

    private static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static void assertSameAsPattern(List<String> phrases, String text) {
        assertSame(Phrases.anyOf(phrases), PhraseFinder.of(phrases), text);
    }

    private static void assertSame(Pattern pattern, PhraseFinder finder, String text) {
        List<String> expected = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            expected.add(matcher.start() + "-" + matcher.end());
        }
        assertThat(finder.allIn(text).stream().map(span -> span.start() + "-" + span.end()))
                .as("%s in «%s»", pattern, text).containsExactlyElementsOf(expected);
        assertThat(finder.foundIn(text)).as("%s in «%s»", pattern, text).isEqualTo(!expected.isEmpty());
    }
}
