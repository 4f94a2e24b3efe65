package org.healthjournal.pipeline.ingest.submission;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.InputStream;

/**
 * {@code POST /api/drafts/check}: the writers' pages check a draft before submitting it. Nothing
 * is stored or sent. Any readable draft gets a 200, valid or not: field problems come back as
 * {@code errors} next to the findings. Only a body that cannot be read (broken JSON, a Markdown
 * file without front matter) is a 400, and one over the size limit a 413.
 */
@RestController
@RequestMapping("/api/drafts/check")
@PreAuthorize("hasRole('WRITER')")
class DraftCheckController {

    private final DraftChecks checks;
    private final DraftReader reader;

    DraftCheckController(DraftChecks checks, DraftReader reader) {
        this.checks = checks;
        this.reader = reader;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    DraftCheckResult check(InputStream body, HttpServletRequest request) {
        return checks.check(reader.json(reader.readBody(body, request.getContentLengthLong())));
    }

    @PostMapping(consumes = SubmissionController.MARKDOWN)
    DraftCheckResult checkMarkdown(InputStream body, HttpServletRequest request) {
        return checks.check(reader.markdown(reader.readBody(body, request.getContentLengthLong())));
    }
}
