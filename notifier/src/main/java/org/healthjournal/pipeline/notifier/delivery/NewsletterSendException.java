package org.healthjournal.pipeline.notifier.delivery;

/** Some article mails were not taken by the mail server; their claims were released for a retry. */
public class NewsletterSendException extends RuntimeException {

    public NewsletterSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
