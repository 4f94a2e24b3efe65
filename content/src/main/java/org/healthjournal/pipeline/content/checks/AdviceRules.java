package org.healthjournal.pipeline.content.checks;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * No individual treatment instructions: readers are sent to their care team, never told to stop a
 * medicine or how much of something to take. A dose in a description of a trial ("participants
 * took 1,000 IU a day [2]") is reporting, not advice: only doses addressed to the reader count.
 */
final class AdviceRules implements RuleFamily {

    static final String INSTRUCTION = "advice.treatment-instruction";
    static final String DOSAGE = "advice.dosage-instruction";
    private static final Pattern LEADING_NON_LETTERS = Pattern.compile("^[^\\p{L}]+");
    private static final Pattern FIRST_WORDS = Pattern.compile("^[^\\p{L}]*(\\p{L}+)(?:\\s+(\\p{L}+))?");

    private final List<Pattern> instructions;
    private final Pattern dose;
    private final List<Pattern> readerPatterns;
    private final Set<String> imperativeVerbs;
    private final List<Pattern> referrals;
    private final Cues cues;

    AdviceRules(CheckSettings.Advice settings, CheckSettings.Claims claims) {
        this.instructions = Phrases.compileAll(settings.instructionPatterns());
        this.dose = Phrases.compile(settings.dosePattern());
        this.readerPatterns = Phrases.compileAll(settings.readerPatterns());
        this.imperativeVerbs = settings.imperativeVerbs().stream().map(v -> v.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        this.referrals = Phrases.compileAll(settings.referralPatterns());
        this.cues = new Cues(claims);
    }

    @Override
    public void check(DraftText draft, Findings findings) {
        for (Block block : draft.fields()) {
            check(block, findings);
        }
        for (Block block : draft.body()) {
            if (block.isAssertedProse()) {
                check(block, findings);
            }
        }
    }

    private void check(Block block, Findings findings) {
        for (String sentence : block.sentences()) {
            if (Sentences.isQuestion(sentence)) {
                continue;
            }
            String normalised = Phrases.normalise(sentence);
            boolean instructs = instructs(normalised);
            boolean dosage = !instructs && dose.matcher(normalised).find() && addressesReader(normalised);
            // the referral patterns are searched only where they can make a difference (most
            // sentences neither instruct nor give a dose; the patterns are costly on every sentence)
            if (!(instructs || dosage) || refersToCareTeam(normalised)) {
                // "Do not stop taking your medicine without talking to your care team" is the advice we want
                continue;
            }
            if (instructs) {
                findings.add(INSTRUCTION, Severity.BLOCKER,
                        "This tells readers what to do with their treatment; the journal never gives individual treatment instructions.",
                        block.section(), sentence,
                        "Describe what the evidence shows and send readers to their care team, e.g. "
                                + "\u201CTalk to your care team before changing any medicine.\u201D");
            } else {
                findings.add(DOSAGE, Severity.BLOCKER,
                        "This gives readers a dose to take; doses are for their care team or pharmacist to advise.",
                        block.section(), sentence,
                        "Report the doses studied as part of the evidence (\u201Cparticipants took … [n]\u201D) "
                                + "and tell readers to ask a pharmacist or their care team what suits them.");
            }
        }
    }

    /** The sentence sends the reader to their care team (read from its first letter). */
    private boolean refersToCareTeam(String normalised) {
        String plain = LEADING_NON_LETTERS.matcher(normalised).replaceFirst("");
        return referrals.stream().anyMatch(referral -> referral.matcher(plain).find());
    }

    private boolean instructs(String normalised) {
        for (Pattern instruction : instructions) {
            Matcher matcher = instruction.matcher(normalised);
            while (matcher.find()) {
                if (!cues.negatedBefore(normalised, matcher.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An imperative ("Take 2 teaspoons…") or a sentence speaking to "you" or telling people what to take. */
    private boolean addressesReader(String normalised) {
        Matcher first = FIRST_WORDS.matcher(normalised);
        if (first.find() && imperativeVerbs.contains(first.group(1)) && !"of".equals(first.group(2))) {
            return true;
        }
        return readerPatterns.stream().anyMatch(pattern -> pattern.matcher(normalised).find());
    }
}
