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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.dao.DuplicateKeyException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.time.Instant;
import java.util.UUID;

/**
 * Takes drafts and revisions. The draft and its {@link DraftSubmitted} event are committed in one
 * database transaction (the event into the outbox, whose relay sends it to Kafka afterwards), so a
 * stored draft is always one the review workflow will be told about, and the writer gets their
 * answer without waiting for Kafka. While Kafka is away drafts are still taken, until the outbox
 * backlog reaches its limit; then the writer is told to retry later (503).
 *
 * <p>New drafts of writers submitting at the same moment share a transaction ({@link GroupCommit}):
 * each draft still commits with its own event, but a burst of submissions costs one commit and a
 * handful of statements rather than five round trips and a WAL flush per draft. Profiles of the
 * ingest benchmark showed submission threads waiting on exactly those (and on the connection pool).
 */
@Service
public class DraftSubmissions {

    private static final Logger log = LoggerFactory.getLogger(DraftSubmissions.class);
    private static final ObjectMapper JSON = EventCodec.mapper();
    static final int DEFAULT_WRITERS = 6;
    static final int DEFAULT_MAX_BATCH = 64;

    private final DraftStore drafts;
    private final SubmissionKeys keys;
    private final DraftValidator validator;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final PipelineProperties pipeline;
    private final Clock clock;
    private final GroupCommit<NewSubmission, SubmissionReceipt> newDrafts;

    public DraftSubmissions(DraftStore drafts, SubmissionKeys keys, DraftValidator validator, Outbox outbox,
            TransactionTemplate transactions, PipelineProperties pipeline, Clock clock) {
        this(drafts, keys, validator, outbox, transactions, pipeline, clock, DEFAULT_WRITERS, DEFAULT_MAX_BATCH);
    }

    /**
     * @param writers  how many transactions of new drafts may be in flight at once, each holding a
     *                 database connection ({@code pipeline.drafts.writers})
     * @param maxBatch at most this many new drafts of concurrent writers share one transaction
     *                 ({@code pipeline.drafts.max-batch})
     */
    @Autowired
    public DraftSubmissions(DraftStore drafts, SubmissionKeys keys, DraftValidator validator, Outbox outbox,
            TransactionTemplate transactions, PipelineProperties pipeline, Clock clock,
            @Value("${pipeline.drafts.writers:" + DEFAULT_WRITERS + "}") int writers,
            @Value("${pipeline.drafts.max-batch:" + DEFAULT_MAX_BATCH + "}") int maxBatch) {
        this.drafts = drafts;
        this.keys = keys;
        this.validator = validator;
        this.outbox = outbox;
        this.transactions = transactions;
        this.pipeline = pipeline;
        this.clock = clock;
        this.newDrafts = new GroupCommit<>(transactions, writers, maxBatch, this::storeNew);
    }

    /**
     * A new article by {@code author}.
     *
     * @param idempotencyKey null, or the writer's key for this request: a retry with the same key and
     *                       the same draft gets the first receipt back and creates nothing
     * @throws InvalidDraftException listing every problem of the draft
     */
    public SubmissionReceipt submit(String author, ReadDraft read, String idempotencyKey) {
        ArticleContent content = validator.require(read).toContent();
        String contentJson = json(content);
        String hash = idempotencyKey == null ? null : hash("submit", contentJson);
        Optional<SubmissionReceipt> replay = replay(author, idempotencyKey, hash);
        if (replay.isPresent()) {
            return replay.get();
        }
        outbox.ensureAcceptingWork();
        String articleId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Draft draft = new Draft(articleId, 1, DraftStatus.SUBMITTED, author, UUID.randomUUID().toString(),
                content.title(), null, null, null, now, now);
        NewSubmission submission = new NewSubmission(draft, content, contentJson, idempotencyKey, hash);
        SubmissionReceipt receipt = once(author, idempotencyKey, hash, () -> newDrafts.write(submission));
        ArticleLogContext.with(articleId, () -> {
            log.info("{} submitted draft {} \"{}\"", author, articleId, content.title());
            return null;
        });
        return receipt;
    }

    /** A new article as it will be stored, with what its Idempotency-Key (if any) must remember. */
    private record NewSubmission(Draft draft, ArticleContent content, String contentJson, String idempotencyKey,
            String hash) {
    }

    /**
     * Inside one transaction, shared by the new drafts of writers submitting at the same time: the
     * drafts, their texts and history rows (one statement each), their events and their keys.
     */
    private List<SubmissionReceipt> storeNew(List<NewSubmission> submissions) {
        drafts.insertNew(submissions.stream()
                .map(submission -> new DraftStore.NewDraft(submission.draft(), submission.contentJson()))
                .toList());
        // the drafts' events in one statement too, in the drafts' order
        outbox.appendAll(pipeline.getTopics().getDrafts(), submissions.stream()
                .map(submission -> submitted(submission.draft(), submission.content()))
                .toList());
        List<SubmissionReceipt> receipts = new ArrayList<>(submissions.size());
        for (NewSubmission submission : submissions) {
            Draft draft = submission.draft();
            remember(draft.author(), submission.idempotencyKey(), submission.hash(), draft, draft.submittedAt());
            receipts.add(new SubmissionReceipt(draft.articleId(), draft.version(), draft.status()));
        }
        return receipts;
    }

    /** A new version of the caller's article, while the reviewer waits for one. */
    public SubmissionReceipt revise(Caller caller, String articleId, ReadDraft read, String idempotencyKey) {
        ArticleContent content = validator.require(read).toContent();
        String contentJson = json(content);
        String hash = idempotencyKey == null ? null : hash("revise " + articleId, contentJson);
        Optional<SubmissionReceipt> replay = replay(caller.name(), idempotencyKey, hash);
        if (replay.isPresent()) {
            return replay.get();
        }
        outbox.ensureAcceptingWork();
        return once(caller.name(), idempotencyKey, hash, () -> ArticleLogContext.with(articleId, () -> transactions.execute(tx -> {
            Draft current = drafts.find(articleId)
                    .filter(caller::canRead)
                    .orElseThrow(() -> new DraftNotFoundException(articleId));
            if (!caller.isAuthorOf(current)) {
                throw new NotDraftAuthorException(articleId);
            }
            if (!current.status().takesRevision()) {
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
            drafts.insertText(articleId, revised.version(), contentJson, now);
            drafts.record(articleId, new StatusChange(revised.version(), DraftStatus.SUBMITTED, now, revised.author(),
                    null));
            announce(revised, content);
            remember(caller.name(), idempotencyKey, hash, revised, now);
            log.info("{} revised draft {} to version {}", caller.name(), articleId, revised.version());
            return new SubmissionReceipt(articleId, revised.version(), revised.status());
        })));
    }

    private Optional<SubmissionReceipt> replay(String author, String key, String hash) {
        if (key == null) {
            return Optional.empty();
        }
        return keys.find(author, key).map(used -> {
            if (!used.requestHash().equals(hash)) {
                throw new IdempotencyKeyReusedException(used.articleId());
            }
            log.info("{} retried with Idempotency-Key of article {} v{}; answered as before", author,
                    used.articleId(), used.version());
            return new SubmissionReceipt(used.articleId(), used.version(), DraftStatus.SUBMITTED);
        });
    }

    /** Two concurrent requests with one key: the loser's transaction rolls back and it answers as the winner. */
    private SubmissionReceipt once(String author, String key, String hash, Supplier<SubmissionReceipt> work) {
        try {
            return work.get();
        } catch (DuplicateKeyException raced) {
            if (key == null) {
                throw raced;
            }
            return replay(author, key, hash).orElseThrow(() -> raced);
        }
    }

    private void remember(String author, String key, String hash, Draft draft, Instant now) {
        if (key != null) {
            keys.remember(author, key, new SubmissionKeys.Used(hash, draft.articleId(), draft.version()), now);
        }
    }

    /** What a retry with the same Idempotency-Key must repeat; only a request with a key needs it. */
    private static String hash(String operation, String contentJson) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(contentJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Queues {@code DraftSubmitted} for the draft's version, in the transaction that stores it. */
    private void announce(Draft draft, ArticleContent content) {
        outbox.append(pipeline.getTopics().getDrafts(), submitted(draft, content));
    }

    private static DraftSubmitted submitted(Draft draft, ArticleContent content) {
        return new DraftSubmitted(UUID.randomUUID(), null, 0, draft.articleId(), draft.version(), draft.updatedAt(),
                draft.correlationId(), draft.author(), content);
    }

    private static String json(ArticleContent content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store draft text", e);
        }
    }
}
