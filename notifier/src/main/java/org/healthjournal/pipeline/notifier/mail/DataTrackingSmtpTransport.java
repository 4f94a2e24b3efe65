package org.healthjournal.pipeline.notifier.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPTransport;

import java.io.OutputStream;

/**
 * Angus Mail's SMTP transport, remembering whether the current message got as far as DATA. That
 * is the line between "certainly not delivered" and "maybe delivered" when the connection breaks:
 * after a read failure the transport's own last reply code is reset, so it cannot tell.
 */
final class DataTrackingSmtpTransport extends SMTPTransport {

    private boolean dataSent;

    DataTrackingSmtpTransport(Session session, String protocol) {
        super(session, new URLName(protocol, null, -1, null, null, null), protocol, "smtps".equals(protocol));
    }

    @Override
    public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
        dataSent = false;
        super.sendMessage(message, addresses);
    }

    @Override
    protected OutputStream data() throws MessagingException {
        OutputStream stream = super.data();
        dataSent = true;
        return stream;
    }

    synchronized boolean dataSent() {
        return dataSent;
    }
}
