package org.healthjournal.pipeline.content.checks;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Word lists from the settings turned into whole-word, case-insensitive patterns. */
final class Phrases {

    static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Phrases() {
    }

    /**
     * One pattern matching any of the phrases as whole words, longest first so "miracle cure"
     * wins over "miracle"; spaces match any run of whitespace. The checks search with the
     * equivalent {@link PhraseFinder}; this pattern defines what it finds.
     */
    static Pattern anyOf(List<String> phrases) {
        if (phrases.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String alternatives = alternatives(phrases).stream()
                .map(phrase -> Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The phrases in the order {@link #anyOf} tries them: stripped, blanks and repeats dropped, longest first. */
    static List<String> alternatives(List<String> phrases) {
        return phrases.stream()
                .map(String::strip)
                .filter(phrase -> !phrase.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    static List<Pattern> compileAll(List<String> regexes) {
        return regexes.stream().map(Phrases::compile).toList();
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Lower case, typographic quotes and apostrophes made plain, one character for one so
     * positions still point into the original sentence.
     */
    static String normalise(String text) {
        char[] plain = new char[text.length()];
        for (int i = 0; i < plain.length; i++) {
            char c = text.charAt(i);
            plain[i] = switch (c) {
                case '\u2018', '\u2019', '\u02BC' -> '\'';
                case '\u201C', '\u201D', '\u201E' -> '"';
                default -> Character.toLowerCase(c);
            };
        }
        return new String(plain);
    }

    static String normaliseKey(String text) {
        return WHITESPACE.matcher(normalise(text).strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
