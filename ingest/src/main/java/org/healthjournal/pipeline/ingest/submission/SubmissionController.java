package org.healthjournal.pipeline.ingest.submission;

import jakarta.servlet.http.HttpServletRequest;
import org.healthjournal.pipeline.ingest.drafts.Caller;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drafts and revisions, as JSON from a web form or as a Markdown file with front matter
 * ({@code Content-Type: text/markdown}). 202: stored and handed to review, which happens later.
 * The body is read by {@link DraftReader} rather than bound by Spring, so the size limit (413), strict
 * types and the writer-friendly messages are the same here as in the inbox folder and the pages.
 */
@RestController
@RequestMapping("/api/drafts")
@PreAuthorize("hasRole('WRITER')")
public class SubmissionController {

    static final String MARKDOWN = "text/markdown";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final DraftSubmissions submissions;
    private final DraftReader reader;

    public SubmissionController(DraftSubmissions submissions, DraftReader reader) {
        this.submissions = submissions;
        this.reader = reader;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SubmissionReceipt> submit(InputStream body, HttpServletRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, Authentication user) {
        ReadDraft draft = reader.json(reader.readBody(body, request.getContentLengthLong()));
        return accepted(submissions.submit(user.getName(), draft, checked(key)));
    }

    @PostMapping(consumes = MARKDOWN)
    public ResponseEntity<SubmissionReceipt> submitMarkdown(InputStream body, HttpServletRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, Authentication user) {
        ReadDraft draft = reader.markdown(reader.readBody(body, request.getContentLengthLong()));
        return accepted(submissions.submit(user.getName(), draft, checked(key)));
    }

    @PostMapping(path = "/{articleId}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<SubmissionReceipt> revise(@PathVariable String articleId, InputStream body,
            HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            Authentication user) {
        ReadDraft draft = reader.json(reader.readBody(body, request.getContentLengthLong()));
        return accepted(submissions.revise(Caller.of(user), articleId, draft, checked(key)));
    }

    @PostMapping(path = "/{articleId}/revisions", consumes = MARKDOWN)
    public ResponseEntity<SubmissionReceipt> reviseMarkdown(@PathVariable String articleId, InputStream body,
            HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            Authentication user) {
        ReadDraft draft = reader.markdown(reader.readBody(body, request.getContentLengthLong()));
        return accepted(submissions.revise(Caller.of(user), articleId, draft, checked(key)));
    }

    private static String checked(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.invalid(
                    "The Idempotency-Key header must be 1 to 200 visible ASCII characters, such as a UUID.",
                    List.of(new FieldProblem(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters"))), null);
        }
        return key;
    }

    private static ResponseEntity<SubmissionReceipt> accepted(SubmissionReceipt receipt) {
        return ResponseEntity.accepted().location(URI.create("/api/drafts/" + receipt.articleId())).body(receipt);
    }
}
