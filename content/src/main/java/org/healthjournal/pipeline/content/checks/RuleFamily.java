package org.healthjournal.pipeline.content.checks;

/** One family of rules (structure, citations, claims, advice, readability). */
interface RuleFamily {

    void check(DraftText draft, Findings findings);
}
