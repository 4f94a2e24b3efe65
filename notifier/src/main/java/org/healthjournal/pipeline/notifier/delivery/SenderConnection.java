package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.MessagingException;
import org.healthjournal.pipeline.notifier.mail.SmtpConnection;
import org.healthjournal.pipeline.notifier.mail.SmtpConnections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sender's SMTP connection, kept open from one batch to the next while there is work: a
 * fan-out sends thousands of mails over a few connections instead of opening (TCP, greeting,
 * EHLO) and closing one per batch. Before a batch reuses it, the connection is asked whether it
 * still works (one NOOP); one that broke or failed is dropped and the next batch opens a new one.
 * The sender closes it when it runs out of work, so an idle service holds no connection and a
 * changed server address ({@code spring.mail.*}) is used from the next fan-out on.
 *
 * <p>Used by one sender thread at a time.
 */
final class SenderConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SenderConnection.class);

    private final SmtpConnections smtp;
    private SmtpConnection current;
    private int accepted;

    SenderConnection(SmtpConnections smtp) {
        this.smtp = smtp;
    }

    /** The open connection, or a new one. */
    SmtpConnection get() throws MessagingException {
        if (current != null && !current.isOpen()) {
            close();
        }
        if (current == null) {
            current = smtp.open();
            accepted = 0;
        }
        return current;
    }

    /** Counts a mail the server accepted over the current connection (for the log on closing). */
    void accepted() {
        accepted++;
    }

    /**
     * Says goodbye, if a connection is open. A failure here changes nothing about the mails the
     * server accepted before: their answers are recorded by then, so it is only logged.
     */
    @Override
    public void close() {
        SmtpConnection closing = current;
        current = null;
        if (closing == null) {
            return;
        }
        try {
            closing.close();
        } catch (MessagingException | RuntimeException e) {
            log.info("closing the SMTP connection failed after {} accepted mails, which stay recorded as sent: {}",
                    accepted, e.getMessage());
        }
    }
}
