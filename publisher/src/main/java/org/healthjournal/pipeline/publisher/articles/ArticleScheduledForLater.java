package org.healthjournal.pipeline.publisher.articles;

import java.time.Instant;

/**
 * An approved version was put on the schedule instead of going live. Published inside the
 * transaction, like {@link ArticleWentLive}; nothing on the site shows it yet, but whatever keeps
 * copies of the public pages starts afresh anyway.
 */
public record ArticleScheduledForLater(String articleId, int version, Instant publishAt) {
}
