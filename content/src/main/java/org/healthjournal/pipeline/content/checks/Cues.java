package org.healthjournal.pipeline.content.checks;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a phrase found in a sentence is asserted, or negated, hedged, reported or rejected.
 * Deliberately simple so a writer can be told why: look at the few words before the phrase within
 * its clause for a negation ("not", "no", "never", "isn't") or a hedge ("may", "claims that",
 * "marketed as"); look anywhere in the sentence for a rejection ("myth", "misleading", "no evidence").
 */
final class Cues {

    // a comma, semicolon, colon, dash or bracket, or a contrasting conjunction, starts a new clause
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\u2013\u2014]|\\s-\\s|\\b(but|however|although|though|whereas|yet)\\b");

    private final PhraseFinder negations;
    private final PhraseFinder hedges;
    private final PhraseFinder rejections;
    private final int windowWords;

    Cues(CheckSettings.Claims claims) {
        // "n't" is matched after contractions are spelt out
        this.negations = spelledOut(claims.negationCues().stream().filter(cue -> !cue.equals("n't")).toList());
        this.hedges = spelledOut(claims.hedgeCues());
        this.rejections = spelledOut(claims.rejectionCues());
        this.windowWords = claims.windowWords();
    }

    /** The phrase starting at {@code start} is negated or hedged by the words before it in its clause. */
    boolean negatedOrHedgedBefore(String normalised, int start) {
        String window = windowBefore(normalised, start);
        return negations.foundIn(window) || hedges.foundIn(window);
    }

    boolean negatedBefore(String normalised, int start) {
        return negations.foundIn(windowBefore(normalised, start));
    }

    /** The sentence says the claim it mentions is wrong or unsupported. */
    boolean rejects(String normalised) {
        return rejections.foundIn(spellOutContractions(normalised));
    }

    /** The position lies between quotation marks. */
    static boolean quoted(String normalised, int position) {
        int quotes = 0;
        for (int i = 0; i < position; i++) {
            if (normalised.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private String windowBefore(String normalised, int start) {
        String before = normalised.substring(0, start);
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int clauseStart = 0;
        while (breaks.find()) {
            clauseStart = breaks.end();
        }
        String[] words = Phrases.WHITESPACE.split(spellOutContractions(before.substring(clauseStart)).strip());
        List<String> last = Arrays.asList(words).subList(Math.max(0, words.length - windowWords), words.length);
        return String.join(" ", last);
    }

    /**
     * The sentence is searched with its contractions spelt out ("doesn't" → "does not"), so a cue
     * is too: a configured "doesn't support" finds "doesn't support" and "does not support".
     */
    private static PhraseFinder spelledOut(List<String> cues) {
        return PhraseFinder.of(cues.stream().map(Cues::spellOutContractions).distinct().toList());
    }

    private static String spellOutContractions(String text) {
        return text.replace("can't", "can not").replace("won't", "will not").replace("n't", " not");
    }
}
