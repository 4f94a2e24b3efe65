package org.healthjournal.pipeline.ingest.submission;

import jakarta.validation.Valid;
import org.healthjournal.pipeline.ingest.drafts.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Drafts and revisions, as JSON from a web form or as a Markdown file with front matter
 * ({@code Content-Type: text/markdown}). 202: stored and handed to review, which happens later.
 */
@RestController
@RequestMapping("/api/drafts")
@PreAuthorize("hasRole('WRITER')")
public class SubmissionController {

    static final String MARKDOWN = "text/markdown";

    private final DraftSubmissions submissions;
    private final MarkdownDrafts markdown;

    public SubmissionController(DraftSubmissions submissions, MarkdownDrafts markdown) {
        this.submissions = submissions;
        this.markdown = markdown;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SubmissionReceipt> submit(@Valid @RequestBody DraftRequest draft, Authentication user) {
        return accepted(submissions.submit(user.getName(), draft));
    }

    @PostMapping(consumes = MARKDOWN)
    public ResponseEntity<SubmissionReceipt> submitMarkdown(@RequestBody String file, Authentication user) {
        return accepted(submissions.submit(user.getName(), markdown.read(file)));
    }

    @PostMapping(path = "/{articleId}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SubmissionReceipt> revise(@PathVariable String articleId, @Valid @RequestBody DraftRequest draft,
            Authentication user) {
        return accepted(submissions.revise(Caller.of(user), articleId, draft));
    }

    @PostMapping(path = "/{articleId}/revisions", consumes = MARKDOWN)
    public ResponseEntity<SubmissionReceipt> reviseMarkdown(@PathVariable String articleId, @RequestBody String file,
            Authentication user) {
        return accepted(submissions.revise(Caller.of(user), articleId, markdown.read(file)));
    }

    private static ResponseEntity<SubmissionReceipt> accepted(SubmissionReceipt receipt) {
        return ResponseEntity.accepted().location(URI.create("/api/drafts/" + receipt.articleId())).body(receipt);
    }
}
