package org.healthjournal.pipeline.notifier.delivery;

/**
 * A leased delivery row, with all it takes to write the mail.
 *
 * @param stillSubscribed whether the subscriber is still confirmed now (else the mail is skipped)
 * @param attempts transient failures so far, for the back-off
 * @param uncertain an earlier attempt may have reached the server already
 */
public record PendingMail(AnnouncedArticle article, Recipient recipient, boolean stillSubscribed, int attempts,
        boolean uncertain) {

    public String articleId() {
        return article.articleId();
    }

    public String subscriberId() {
        return recipient.subscriberId();
    }
}
