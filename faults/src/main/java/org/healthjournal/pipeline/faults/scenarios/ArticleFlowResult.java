package org.healthjournal.pipeline.faults.scenarios;

import org.healthjournal.pipeline.faults.client.Submission;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The drafts of one scenario and which of them the reviewer approved. */
public record ArticleFlowResult(List<Submission> submissions, Set<String> approved) {

    public ArticleFlowResult {
        submissions = List.copyOf(submissions);
        approved = Set.copyOf(approved);
    }

    /** Article ids of drafts ingest accepted (answered 202, or found after a lost answer). */
    public Set<String> accepted() {
        return submissions.stream().filter(Submission::accepted).map(Submission::articleId).collect(Collectors.toSet());
    }

    public Set<String> answered202() {
        return submissions.stream().filter(Submission::answered202).map(Submission::articleId).collect(Collectors.toSet());
    }

    public Set<String> titles() {
        return submissions.stream().map(Submission::title).collect(Collectors.toSet());
    }
}
