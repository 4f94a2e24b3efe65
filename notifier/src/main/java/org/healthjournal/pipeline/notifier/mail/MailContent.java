package org.healthjournal.pipeline.notifier.mail;

/** What a mail says: subject, and the body both as plain text and as HTML. */
public record MailContent(String subject, String text, String html) {
}
