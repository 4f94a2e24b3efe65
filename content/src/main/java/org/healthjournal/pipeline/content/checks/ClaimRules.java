package org.healthjournal.pipeline.content.checks;

import org.healthjournal.pipeline.content.checks.PhraseFinder.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Claims about benefit or harm: no absolute or promotional wording the evidence cannot carry, and
 * no statistic or statement of efficacy without a citation in its paragraph.
 */
final class ClaimRules implements RuleFamily {

    static final String ABSOLUTE = "claims.absolute-language";
    static final String UNCITED = "claims.uncited-claim";

    private final PhraseFinder terms;
    private final Set<String> blockerTerms;
    private final PhraseFinder allowed;
    private final List<Pattern> statistics;
    private final List<Pattern> efficacy;
    private final PhraseFinder openQuestions;
    private final Cues cues;

    ClaimRules(CheckSettings.Claims settings) {
        List<String> all = new ArrayList<>(settings.warningTerms());
        all.addAll(settings.blockerTerms());
        this.terms = PhraseFinder.of(all);
        this.blockerTerms = settings.blockerTerms().stream().map(Phrases::normaliseKey).collect(Collectors.toSet());
        this.allowed = PhraseFinder.of(settings.allowedPhrases());
        this.statistics = Phrases.compileAll(settings.statisticPatterns());
        this.efficacy = Phrases.compileAll(settings.efficacyPatterns());
        this.openQuestions = PhraseFinder.of(settings.openQuestionCues());
        this.cues = new Cues(settings);
    }

    @Override
    public void check(DraftText draft, Findings findings) {
        for (Block block : draft.fields()) {
            absoluteLanguage(block, findings);
        }
        for (Block block : draft.body()) {
            if (!block.isAssertedProse()) {
                continue;
            }
            absoluteLanguage(block, findings);
            if (!draft.groupCites(block.group())) {
                uncitedClaims(block, findings);
            }
        }
    }

    private void absoluteLanguage(Block block, Findings findings) {
        List<String> sentences = block.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            if (Sentences.isQuestion(sentence)) {
                continue;
            }
            String normalised = Phrases.normalise(sentence);
            List<Span> found = terms.allIn(normalised);
            // most sentences use no term: the cues are only read where one is found
            if (found.isEmpty() || cues.rejects(normalised)) {
                // "'Miracle cure' claims are not supported": the sentence debunks what it quotes
                continue;
            }
            List<Span> allowedSpans = allowed.allIn(normalised);
            for (Span term : found) {
                if (allowedSpans.stream().anyMatch(term::overlaps)
                        || cues.negatedOrHedgedBefore(normalised, term.start())
                        // 'Sellers call it a "miracle spice". The evidence does not support this.'
                        || Cues.quoted(normalised, term.start()) && cues.rejects(normalisedAfter(sentences, i))) {
                    continue;
                }
                String phrase = sentence.substring(term.start(), term.end());
                boolean blocker = blockerTerms.contains(Phrases.normaliseKey(phrase));
                findings.add(ABSOLUTE, blocker ? Severity.BLOCKER : Severity.WARNING,
                        "\u201C" + phrase + "\u201D promises more than health evidence can show"
                                + (Cues.quoted(normalised, term.start()) ? " (quoted, but the sentence does not reject it)." : "."),
                        block.section(), sentence,
                        "Say what the studies found, in whom, and how strong the evidence is, e.g. "
                                + "\u201Cwas linked to slightly shorter colds in small trials [n]\u201D.");
            }
        }
    }

    private void uncitedClaims(Block block, Findings findings) {
        for (String sentence : block.sentences()) {
            if (Sentences.isQuestion(sentence)) {
                continue;
            }
            String plain = withoutCitations(sentence);
            if (matchesAny(statistics, plain)) {
                findings.add(UNCITED, Severity.WARNING,
                        "This sentence gives a figure, but nothing in its paragraph cites where it comes from.",
                        block.section(), sentence, "Cite the study the figure comes from, e.g. [1].");
            } else if (matchesAny(efficacy, plain) && !openQuestions.foundIn(sentence)) {
                // "…it is fair to ask whether it protects against colds" asks; it does not claim
                findings.add(UNCITED, Severity.WARNING,
                        "This sentence says something works (or does not), but nothing in its paragraph cites evidence.",
                        block.section(), sentence,
                        "Cite the review or trial behind it and say how strong the evidence is.");
            }
        }
    }

    /** The sentence after the i-th, normalised, or empty after the last. */
    private static String normalisedAfter(List<String> sentences, int i) {
        return i + 1 < sentences.size() ? Phrases.normalise(sentences.get(i + 1)) : "";
    }

    /** What the statistic and efficacy patterns read: lower case, a citation marker a space. */
    private static String withoutCitations(String sentence) {
        return DraftText.CITATION.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
