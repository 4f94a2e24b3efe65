package org.healthjournal.pipeline.ingest.tracking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.healthjournal.pipeline.ingest.drafts.Caller;
import org.healthjournal.pipeline.ingest.drafts.Draft;
import org.healthjournal.pipeline.ingest.drafts.DraftNotFoundException;
import org.healthjournal.pipeline.ingest.drafts.DraftStore;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets writers see where their drafts stand, and editors and reviewers see every draft. */
@RestController
@RequestMapping("/api/drafts")
@Validated
public class DraftQueryController {

    private final DraftStore drafts;

    public DraftQueryController(DraftStore drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/{articleId}")
    public DraftDetails draft(@PathVariable String articleId, Authentication user) {
        Draft draft = drafts.find(articleId)
                .filter(Caller.of(user)::canRead)
                .orElseThrow(() -> new DraftNotFoundException(articleId));
        return DraftDetails.of(draft, drafts.history(articleId));
    }

    @GetMapping
    public DraftList drafts(@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit, Authentication user) {
        Caller caller = Caller.of(user);
        var found = caller.isEditor() ? drafts.all(limit) : drafts.byAuthor(caller.name(), limit);
        return new DraftList(found.stream().map(DraftSummary::of).toList());
    }
}
