package org.healthjournal.pipeline.review.intake;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.OptionalInt;

/**
 * The article versions whose medical review was started ({@code started_review}), written in the
 * transaction that starts the review. It answers the drafts consumer's idempotency question by
 * primary key, where the engine would need queries on its history variables for every draft; its
 * primary key also stops two copies of one draft handled at once from both starting a review.
 */
@Component
class StartedReviews {

    private final JdbcClient db;

    StartedReviews(JdbcClient db) {
        this.db = db;
    }

    /** The newest version of the article whose review was started, if any was. */
    OptionalInt latestVersionOf(String articleId) {
        // versions count from 1: 0 says none was started
        int latest = db.sql("select coalesce(max(article_version), 0) from started_review where article_id = ?")
                .param(articleId)
                .query(Integer.class)
                .single();
        return latest == 0 ? OptionalInt.empty() : OptionalInt.of(latest);
    }

    boolean contains(String articleId, int version) {
        return db.sql("select count(*) from started_review where article_id = ? and article_version = ?")
                .param(articleId)
                .param(version)
                .query(Integer.class)
                .single() > 0;
    }

    /**
     * Records the start; call in the transaction that starts the review.
     *
     * @throws org.springframework.dao.DuplicateKeyException if that version's review was started meanwhile
     */
    void record(String articleId, int version, String processInstanceId) {
        db.sql("insert into started_review (article_id, article_version, process_instance_id, started_at) "
                        + "values (?, ?, ?, current_timestamp)")
                .param(articleId)
                .param(version)
                .param(processInstanceId)
                .update();
    }
}
