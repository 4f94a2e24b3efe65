package org.healthjournal.pipeline.notifier.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose {@code Message-ID} is chosen by us, not generated on saving: sent twice, it is
 * the same message to mail clients that collapse duplicates.
 */
public class IdentifiedMimeMessage extends MimeMessage {

    private final String messageId;

    public IdentifiedMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
