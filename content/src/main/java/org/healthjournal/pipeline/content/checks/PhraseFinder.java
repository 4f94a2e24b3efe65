package org.healthjournal.pipeline.content.checks;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a word list in a text exactly where {@link Phrases#anyOf}'s pattern finds
 * them, without the regex engine. That pattern is an alternation of literals: the engine tries
 * every phrase at every position, comparing characters case-insensitively, and this ran every
 * sentence of every draft against several lists. Here a position is only tried when its
 * character can start one of the phrases, and only the phrases are tried.
 * <p>
 * The same matches means the same rules as the pattern (Java 17, CASE_INSENSITIVE | UNICODE_CASE):
 * <ul>
 * <li>A phrase character {@code p} matches a text character {@code c} when
 * {@code fold(c) == fold(p)}, {@code fold} being {@code toLowerCase(toUpperCase(…))} as Pattern
 * compares them ({@code ſ} matches "s", {@code ı} matches "i"). One exception: a word of a single
 * character that has no case ({@code ß} alone) is matched as typed, as Pattern does.</li>
 * <li>A space in a phrase matches a run of {@code \s} ({@code [ \t\n\x0B\f\r]}), two spaces a run
 * of at least two.</li>
 * <li>Whole words: no {@code [A-Za-z0-9_-]} just before or just after (Pattern's {@code \w} is
 * ASCII; case-insensitivity does not widen it).</li>
 * <li>At each position the phrases are tried longest first and the first that fits wins; the
 * search goes on after the end of a match.</li>
 * </ul>
 * Phrases outside what this covers (control characters, characters outside the BMP, a list of
 * blank phrases) are left to the pattern itself. {@code PhraseFinderTest} compares both on random
 * texts.
 */
final class PhraseFinder {

    /** Pattern's case-insensitive comparison folds both sides like this; computed once for all chars. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = (char) Character.toLowerCase(Character.toUpperCase(c));
        }
    }

    /** A match: where it starts and ends in the text. */
    record Span(int start, int end) {

        boolean overlaps(Span other) {
            return start < other.end && end > other.start;
        }
    }

    private final List<Phrase> phrases;
    private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);
    // only when some phrase is beyond the literal matcher
    private final Pattern pattern;

    private PhraseFinder(List<String> phrases) {
        List<String> alternatives = Phrases.alternatives(phrases);
        boolean literal = !(alternatives.isEmpty() && !phrases.isEmpty())
                && alternatives.stream().allMatch(PhraseFinder::literalEnough);
        this.pattern = literal ? null : Phrases.anyOf(phrases);
        this.phrases = literal ? alternatives.stream().map(Phrase::new).toList() : List.of();
        BitSet exactFirsts = new BitSet();
        BitSet foldedFirsts = new BitSet();
        for (Phrase phrase : this.phrases) {
            (phrase.exact[0] ? exactFirsts : foldedFirsts).set(phrase.words[0][0]);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            // Phrase.same for the first character of each phrase at once
            if (exactFirsts.get(c) || foldedFirsts.get(c) || foldedFirsts.get(FOLD[c])) {
                firstChars.set(c);
            }
        }
    }

    static PhraseFinder of(List<String> phrases) {
        return new PhraseFinder(phrases);
    }

    /** Whether any phrase occurs in the text as a whole word. */
    boolean foundIn(String text) {
        return pattern != null ? pattern.matcher(text).find() : find(text, 0) != null;
    }

    /** Every occurrence, left to right, as successive {@code Matcher.find()} calls return them. */
    List<Span> allIn(String text) {
        List<Span> spans = new ArrayList<>();
        if (pattern != null) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                spans.add(new Span(matcher.start(), matcher.end()));
            }
            return spans;
        }
        for (Span span = find(text, 0); span != null; span = find(text, span.end())) {
            spans.add(span);
        }
        return spans;
    }

    private Span find(String text, int from) {
        for (int start = from; start < text.length(); start++) {
            if (!firstChars.get(text.charAt(start)) || start > 0 && wordOrHyphen(text.charAt(start - 1))) {
                continue;
            }
            for (Phrase phrase : phrases) {
                int end = phrase.matchAt(text, start);
                if (end >= 0 && (end == text.length() || !wordOrHyphen(text.charAt(end)))) {
                    return new Span(start, end);
                }
            }
        }
        return null;
    }

    /** Pattern's {@code [\w-]} without UNICODE_CHARACTER_CLASS. */
    private static boolean wordOrHyphen(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** Pattern's {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean space(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /**
     * Plain text the literal matcher reproduces: no control characters (a tab after a space would
     * need the pattern's backtracking) and no surrogates (Pattern compares those by code point).
     */
    private static boolean literalEnough(String phrase) {
        return phrase.chars().noneMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c));
    }

    /** One phrase: its words, case-folded, and how many spaces stood between each two. */
    private static final class Phrase {

        private final char[][] words;
        private final int[] spacesBefore;
        // a one-character word without case is compared as typed (Pattern's Single, not SingleU)
        private final boolean[] exact;

        Phrase(String phrase) {
            List<String> parts = new ArrayList<>();
            List<Integer> spaces = new ArrayList<>();
            String[] split = phrase.split(" ", -1);
            // the phrase is stripped: it starts and ends with a word
            for (int i = 0, previous = 0; i < split.length; i++) {
                if (!split[i].isEmpty()) {
                    parts.add(split[i]);
                    spaces.add(i - previous);
                    previous = i;
                }
            }
            words = new char[parts.size()][];
            spacesBefore = new int[parts.size()];
            exact = new boolean[parts.size()];
            for (int w = 0; w < parts.size(); w++) {
                String part = parts.get(w);
                words[w] = new char[part.length()];
                char only = part.charAt(0);
                exact[w] = part.length() == 1 && Character.toUpperCase(only) == FOLD[only];
                for (int i = 0; i < part.length(); i++) {
                    words[w][i] = exact[w] ? part.charAt(i) : FOLD[part.charAt(i)];
                }
                spacesBefore[w] = spaces.get(w);
            }
        }

        /** The end of the phrase if it starts at {@code start}, else -1. */
        int matchAt(String text, int start) {
            int at = start;
            for (int w = 0; w < words.length; w++) {
                if (spacesBefore[w] > 0) {
                    int run = 0;
                    while (at < text.length() && space(text.charAt(at))) {
                        at++;
                        run++;
                    }
                    if (run < spacesBefore[w]) {
                        return -1;
                    }
                }
                char[] word = words[w];
                if (at + word.length > text.length()) {
                    return -1;
                }
                for (int i = 0; i < word.length; i++) {
                    if (!same(w, i, text.charAt(at + i))) {
                        return -1;
                    }
                }
                at += word.length;
            }
            return at;
        }

        // Pattern's SliceU / SingleU test, or Single's for an exact word
        private boolean same(int w, int i, char c) {
            char expected = words[w][i];
            return c == expected || !exact[w] && FOLD[c] == expected;
        }
    }
}
