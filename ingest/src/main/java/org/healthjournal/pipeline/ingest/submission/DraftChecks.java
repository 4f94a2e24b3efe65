package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.content.checks.DraftChecker;
import org.springframework.stereotype.Component;

/** The rules submission applies and the automated checks review will run, on a draft not yet submitted. */
@Component
public class DraftChecks {

    private final DraftChecker checker;
    private final DraftValidator validator;

    DraftChecks(DraftChecker checker, DraftValidator validator) {
        this.checker = checker;
        this.validator = validator;
    }

    public DraftCheckResult check(ReadDraft draft) {
        return DraftCheckResult.of(validator.problems(draft), checker.check(draft.request().asWritten()));
    }
}
