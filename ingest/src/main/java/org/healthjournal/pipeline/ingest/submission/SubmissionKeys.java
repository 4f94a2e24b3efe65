package org.healthjournal.pipeline.ingest.submission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** The Idempotency-Keys writers sent, with what each one created. Callers bring the transaction. */
@Repository
class SubmissionKeys {

    /** What a key was first used for. */
    record Used(String requestHash, String articleId, int version) {
    }

    private final JdbcClient jdbc;

    SubmissionKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Used> find(String author, String key) {
        return jdbc.sql("select request_hash, article_id, version from submission_key "
                        + "where author = ? and idempotency_key = ?")
                .params(author, key)
                .query((rs, row) -> new Used(rs.getString("request_hash"), rs.getString("article_id"),
                        rs.getInt("version")))
                .optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when a concurrent request used the key first */
    void remember(String author, String key, Used used, Instant at) {
        jdbc.sql("insert into submission_key (author, idempotency_key, request_hash, article_id, version, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(author, key, used.requestHash(), used.articleId(), used.version(), at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** @return how many keys older than {@code cutoff} were forgotten */
    int forgetOlderThan(Instant cutoff) {
        return jdbc.sql("delete from submission_key where created_at < ?")
                .param(cutoff.atOffset(ZoneOffset.UTC))
                .update();
    }
}
