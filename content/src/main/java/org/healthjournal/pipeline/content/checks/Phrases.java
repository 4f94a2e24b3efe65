package org.healthjournal.pipeline.content.checks;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Word lists from the settings turned into whole-word, case-insensitive patterns. */
final class Phrases {

    private Phrases() {
    }

    /**
     * One pattern matching any of the phrases as whole words, longest first so "miracle cure"
     * wins over "miracle"; spaces match any run of whitespace.
     */
    static Pattern anyOf(List<String> phrases) {
        if (phrases.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String alternatives = phrases.stream()
                .map(String::strip)
                .filter(phrase -> !phrase.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(phrase -> Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            plain.append(switch (c) {
                case '\u2018', '\u2019', '\u02BC' -> '\'';
                case '\u201C', '\u201D', '\u201E' -> '"';
                default -> Character.toLowerCase(c);
            });
        }
        return plain.toString();
    }

    static String normaliseKey(String text) {
        return normalise(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
