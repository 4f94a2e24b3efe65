package org.healthjournal.pipeline.content.checks;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** English sentence segmentation with the JDK's rules (abbreviations, decimals, quotes), not full stops. */
final class Sentences {

    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    // titles and citation abbreviations the JDK's rules take for a sentence end
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?i)(?:^|\\s)(dr|mr|mrs|ms|prof|vs|approx|fig|et al)\\.$");
    private static final Pattern CITATION_MARKERS_ONLY = Pattern.compile("(\\[\\d{1,3}])+[.,;]?");

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sentences;
        }
        // BreakIterator instances are stateful; a clone per call keeps the checker thread-safe
        BreakIterator iterator = (BreakIterator) PROTOTYPE.clone();
        iterator.setText(text);
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            String sentence = text.substring(start, end).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            // a citation marker left alone after a full stop belongs to the sentence before it
            if (!sentences.isEmpty() && (CITATION_MARKERS_ONLY.matcher(sentence).matches()
                    || ABBREVIATION_END.matcher(sentences.get(sentences.size() - 1)).find())) {
                sentences.set(sentences.size() - 1, sentences.get(sentences.size() - 1) + " " + sentence);
            } else {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /**
     * A question asks; it does not claim. Checked on the sentence's last visible character: the
     * last one that is not white space, emphasis, a quotation mark or a closing bracket.
     */
    static boolean isQuestion(String sentence) {
        String trimmed = sentence.strip();
        int last = trimmed.length() - 1;
        while (last >= 0 && invisibleAtEnd(trimmed.charAt(last))) {
            last--;
        }
        return last >= 0 && trimmed.charAt(last) == '?';
    }

    // [\s*_"'”’)\]] (\s as Pattern reads it: ASCII white space only)
    private static boolean invisibleAtEnd(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '*', '_', '"', '\'', '\u201D', '\u2019', ')', ']' -> true;
            default -> false;
        };
    }
}
