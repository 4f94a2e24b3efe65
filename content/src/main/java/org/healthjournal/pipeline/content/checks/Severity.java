package org.healthjournal.pipeline.content.checks;

/** How much a finding matters, most serious first (findings are listed in this order). */
public enum Severity {
    /** Must be fixed before a medical reviewer spends time on the draft: review asks for changes by itself. */
    BLOCKER,
    /** Should be fixed, or the reviewer will ask why not. */
    WARNING,
    /** Worth knowing; the writer decides. */
    INFO
}
