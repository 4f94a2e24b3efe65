package org.healthjournal.pipeline.ingest.tracking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.healthjournal.pipeline.ingest.drafts.Caller;
import org.healthjournal.pipeline.ingest.drafts.Draft;
import org.healthjournal.pipeline.ingest.drafts.DraftNotFoundException;
import org.healthjournal.pipeline.ingest.drafts.DraftStatus;
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

    static final int DEFAULT_PAGE_SIZE = 50;

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

    /**
     * The caller's drafts (an editor's: everyone's), newest first, a page at a time; {@code limit} is
     * the older name of {@code size}.
     */
    @GetMapping
    public DraftList drafts(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(required = false) @Min(1) @Max(500) Integer size,
            @RequestParam(required = false) @Min(1) @Max(500) Integer limit,
            @RequestParam(required = false) DraftStatus status, Authentication user) {
        Caller caller = Caller.of(user);
        int pageSize = size != null ? size : limit != null ? limit : DEFAULT_PAGE_SIZE;
        String author = caller.isEditor() ? null : caller.name();
        var found = drafts.page(author, status, page * pageSize, pageSize);
        return new DraftList(found.stream().map(DraftSummary::of).toList(), page, pageSize,
                drafts.count(author, status));
    }
}
