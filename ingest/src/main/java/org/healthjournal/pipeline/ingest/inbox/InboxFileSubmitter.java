package org.healthjournal.pipeline.ingest.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.ingest.drafts.Caller;
import org.healthjournal.pipeline.ingest.submission.DraftReader;
import org.healthjournal.pipeline.ingest.submission.DraftSubmissions;
import org.healthjournal.pipeline.ingest.submission.InvalidDraftException;
import org.healthjournal.pipeline.ingest.submission.ReadDraft;
import org.healthjournal.pipeline.ingest.submission.SubmissionReceipt;
import org.healthjournal.pipeline.ingest.submission.UnreadableDraftException;
import org.healthjournal.pipeline.support.security.StaffRole;
import org.healthjournal.pipeline.support.security.StaffUsersProperties;
import org.healthjournal.pipeline.support.security.StaffUsersProperties.StaffUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Submits one Markdown file from a writer's inbox folder as that writer, under the same rules as the
 * API. A file naming {@code articleId:} in its front matter is a revision of that article.
 */
@Component
class InboxFileSubmitter {

    private static final Logger log = LoggerFactory.getLogger(InboxFileSubmitter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DraftReader reader;
    private final DraftSubmissions submissions;
    private final StaffUsersProperties staff;

    InboxFileSubmitter(DraftReader reader, DraftSubmissions submissions, StaffUsersProperties staff) {
        this.reader = reader;
        this.submissions = submissions;
        this.staff = staff;
    }

    /**
     * @throws RuntimeException when the file could not be handled for now (database or event bus
     *                          away): it stays in the inbox and is tried again
     */
    InboxOutcome submit(String writer, String fileName, byte[] content) {
        String base = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        Optional<Caller> caller = writerNamed(writer);
        if (caller.isEmpty()) {
            return InboxOutcome.refused(base, List.of("'" + writer + "' is not a writer's account, so files in "
                    + "this folder cannot be submitted. Put the file in your own folder."));
        }
        try {
            ReadDraft draft = reader.markdown(reader.readBody(new ByteArrayInputStream(content), content.length));
            // the file's own bytes are its idempotency key: a file handled before a crash and seen again
            // gets the same receipt, never a second article
            String key = "inbox:" + sha256(content);
            SubmissionReceipt receipt = draft.articleId() == null
                    ? submissions.submit(writer, draft, key)
                    : submissions.revise(caller.get(), draft.articleId(), draft, key);
            log.info("inbox: {}/{} is article {} v{}", writer, fileName, receipt.articleId(), receipt.version());
            return InboxOutcome.taken(base, JSON.writeValueAsString(Map.of("articleId", receipt.articleId(),
                    "version", receipt.version(), "status", receipt.status())));
        } catch (UnreadableDraftException e) {
            return refused(writer, fileName, base, List.of(e.reason()));
        } catch (InvalidDraftException e) {
            return refused(writer, fileName, base, e.errors().stream().map(p -> p.field() + ": " + p.message()).toList());
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().is5xxServerError()) {
                throw e;
            }
            String detail = e.getBody().getDetail();
            return refused(writer, fileName, base, List.of(detail == null ? HttpStatus.valueOf(e.getStatusCode().value())
                    .getReasonPhrase() : detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the receipt", e);
        }
    }

    private static InboxOutcome refused(String writer, String fileName, String base, List<String> problems) {
        log.info("inbox: {}/{} refused: {}", writer, fileName, problems);
        return InboxOutcome.refused(base, problems);
    }

    private Optional<Caller> writerNamed(String name) {
        return staff.getUsers().stream()
                .filter(user -> user.getName().equals(name) && user.getRoles().contains(StaffRole.WRITER))
                .findFirst()
                .map(InboxFileSubmitter::callerOf);
    }

    private static Caller callerOf(StaffUser user) {
        return new Caller(user.getName(), java.util.Set.copyOf(new HashSet<>(user.getRoles())));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
