package org.healthjournal.pipeline.content.checks;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease and Flesch–Kincaid grade of the body's prose, with a heuristic syllable
 * count (vowel groups, silent final e), good enough to rank texts, not to grade a single word.
 */
final class ReadabilityRules {

    static final String HARD_TO_READ = "readability.hard-to-read";
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");

    private final CheckSettings.Readability settings;

    ReadabilityRules(CheckSettings.Readability settings) {
        this.settings = settings;
    }

    ReadabilityScore score(DraftText draft) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (Block block : draft.body()) {
            if (!block.isBodyProse()) {
                continue;
            }
            for (String sentence : block.sentences()) {
                int sentenceWords = 0;
                Matcher word = WORD.matcher(sentence);
                while (word.find()) {
                    sentenceWords++;
                    syllables += syllables(word.group());
                }
                if (sentenceWords > 0) {
                    sentences++;
                    words += sentenceWords;
                }
            }
        }
        if (words == 0) {
            return ReadabilityScore.NONE;
        }
        double wordsPerSentence = (double) words / sentences;
        double syllablesPerWord = (double) syllables / words;
        double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
        double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
        return new ReadabilityScore(round(ease), round(grade), sentences, words, syllables);
    }

    void check(DraftText draft, ReadabilityScore score, Findings findings) {
        if (score.words() < Math.max(1, settings.minWords()) || score.gradeLevel() <= settings.maxGradeLevel()) {
            return;
        }
        Block hardest = null;
        String longest = "";
        for (Block block : draft.body()) {
            if (block.isBodyProse()) {
                for (String sentence : block.sentences()) {
                    if (sentence.length() > longest.length()) {
                        longest = sentence;
                        hardest = block;
                    }
                }
            }
        }
        findings.add(HARD_TO_READ, Severity.INFO,
                "The text reads at grade " + score.gradeLevel() + " (Flesch reading ease " + score.fleschReadingEase()
                        + "); the journal aims for grade " + fmt(settings.maxGradeLevel()) + " or below.",
                hardest == null ? DraftText.INTRODUCTION : hardest.section(), longest,
                "Shorter sentences and everyday words help most; the longest sentence is quoted here.");
    }

    static int syllables(String word) {
        String w = lettersAToZ(word.toLowerCase(Locale.ROOT));
        if (w.isEmpty()) {
            return 1;
        }
        if (w.length() > 3 && w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.endsWith("es") || w.endsWith("ed")) {
            if (w.length() > 4 && !w.endsWith("ted") && !w.endsWith("ded") && !w.endsWith("ses") && !w.endsWith("zes")
                    && !w.endsWith("ces") && !w.endsWith("ges")) {
                w = w.substring(0, w.length() - 2);
            }
        }
        return Math.max(1, vowelGroups(w));
    }

    /** The word without anything but a–z (this ran for every word: no regex). */
    private static String lettersAToZ(String lower) {
        StringBuilder letters = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    /** Runs of a, e, i, o, u, y. */
    private static int vowelGroups(String w) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = "aeiouy".indexOf(w.charAt(i)) >= 0;
            if (vowel && !inGroup) {
                groups++;
            }
            inGroup = vowel;
        }
        return groups;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
