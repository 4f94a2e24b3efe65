package org.healthjournal.pipeline.notifier.mail;

import jakarta.mail.internet.MimeMessage;

/** One open SMTP connection: messages are sent one by one, each with its own answer. */
public interface SmtpConnection extends AutoCloseable {

    /** Sends one message to its recipients and says what the server made of it; never throws for SMTP failures. */
    SmtpOutcome send(MimeMessage message);

    /** False once the connection was lost: nothing more can be sent over it. */
    boolean isOpen();

    /**
     * Says goodbye. A failure here changes nothing about the messages the server accepted before,
     * so callers log it and move on.
     */
    @Override
    void close() throws jakarta.mail.MessagingException;
}
