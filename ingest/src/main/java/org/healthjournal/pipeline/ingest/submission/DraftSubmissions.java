package org.healthjournal.pipeline.ingest.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.ingest.drafts.Caller;
import org.healthjournal.pipeline.ingest.drafts.Draft;
import org.healthjournal.pipeline.ingest.drafts.DraftNotFoundException;
import org.healthjournal.pipeline.ingest.drafts.DraftStatus;
import org.healthjournal.pipeline.ingest.drafts.DraftStore;
import org.healthjournal.pipeline.ingest.drafts.StatusChange;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.healthjournal.pipeline.support.logging.ArticleLogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Takes drafts and revisions. The draft and its {@link DraftSubmitted} event are committed in one
 * database transaction (the event into the outbox, whose relay sends it to Kafka afterwards), so a
 * stored draft is always one the review workflow will be told about, and the writer gets their
 * answer without waiting for Kafka. While Kafka is away drafts are still taken, until the outbox
 * backlog reaches its limit; then the writer is told to retry later (503).
 */
@Service
public class DraftSubmissions {

    private static final Logger log = LoggerFactory.getLogger(DraftSubmissions.class);
    private static final ObjectMapper JSON = EventCodec.mapper();

    private final DraftStore drafts;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final PipelineProperties pipeline;
    private final Clock clock;

    public DraftSubmissions(DraftStore drafts, Outbox outbox, TransactionTemplate transactions,
            PipelineProperties pipeline, Clock clock) {
        this.drafts = drafts;
        this.outbox = outbox;
        this.transactions = transactions;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    public SubmissionReceipt submit(String author, DraftRequest request) {
        ArticleContent content = request.toContent();
        outbox.ensureAcceptingWork();
        String articleId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Draft draft = new Draft(articleId, 1, DraftStatus.SUBMITTED, author, UUID.randomUUID().toString(),
                content.title(), null, null, null, now, now);
        return ArticleLogContext.with(articleId, () -> transactions.execute(tx -> {
            drafts.insert(draft);
            storeAndAnnounce(draft, content, now);
            log.info("{} submitted draft {} \"{}\"", author, articleId, content.title());
            return new SubmissionReceipt(articleId, draft.version(), draft.status());
        }));
    }

    public SubmissionReceipt revise(Caller caller, String articleId, DraftRequest request) {
        ArticleContent content = request.toContent();
        outbox.ensureAcceptingWork();
        return ArticleLogContext.with(articleId, () -> transactions.execute(tx -> {
            Draft current = drafts.find(articleId)
                    .filter(caller::canRead)
                    .orElseThrow(() -> new DraftNotFoundException(articleId));
            if (!caller.isAuthorOf(current)) {
                throw new NotDraftAuthorException(articleId);
            }
            if (current.status() != DraftStatus.CHANGES_REQUESTED) {
                throw new DraftNotRevisableException(articleId, current.status());
            }
            Instant now = clock.instant();
            Draft revised = new Draft(articleId, current.version() + 1, DraftStatus.SUBMITTED, current.author(),
                    current.correlationId(), content.title(), current.reviewer(), null, current.publishedUrl(),
                    current.submittedAt(), now);
            if (!drafts.revise(revised, current.version(), DraftStatus.CHANGES_REQUESTED)) {
                // another revision of the same version won the race
                Draft latest = drafts.find(articleId).orElseThrow(() -> new DraftNotFoundException(articleId));
                throw new DraftNotRevisableException(articleId, latest.status());
            }
            storeAndAnnounce(revised, content, now);
            log.info("{} revised draft {} to version {}", caller.name(), articleId, revised.version());
            return new SubmissionReceipt(articleId, revised.version(), revised.status());
        }));
    }

    private void storeAndAnnounce(Draft draft, ArticleContent content, Instant now) {
        drafts.insertText(draft.articleId(), draft.version(), json(content), now);
        drafts.record(draft.articleId(), new StatusChange(draft.version(), DraftStatus.SUBMITTED, now, draft.author(), null));
        outbox.append(pipeline.getTopics().getDrafts(), new DraftSubmitted(UUID.randomUUID(), null, 0,
                draft.articleId(), draft.version(), now, draft.correlationId(), draft.author(), content));
    }

    private static String json(ArticleContent content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store draft text", e);
        }
    }
}
