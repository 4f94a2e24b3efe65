package org.healthjournal.pipeline.devstack.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GreenMail SMTP and IMAP in the launcher's JVM. Authentication is disabled: any sender may
 * deliver, and every recipient's mailbox is readable over IMAP with login = password = the address.
 *
 * <p>SMTP can be {@link #pauseSmtp() paused} to try an outage: its listening socket is closed, so
 * a client's connection is refused, as with a mail server that is down. GreenMail runs IMAP
 * only; the SMTP server is run here beside it, on GreenMail's mailboxes, because a GreenMail
 * service cannot be started again once stopped and GreenMail can only restart all of them.
 */
public final class MailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);

    private final GreenMail greenMail;
    private final ServerSetup smtpSetup;
    private final int imapPort;
    // null while paused; guarded by this
    private SmtpServer smtp;

    private MailServer(GreenMail greenMail, ServerSetup smtpSetup, int imapPort) {
        this.greenMail = greenMail;
        this.smtpSetup = smtpSetup;
        this.imapPort = imapPort;
    }

    public static MailServer start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        MailServer server = new MailServer(greenMail, new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                imapPort);
        try {
            server.startSmtp();
        } catch (RuntimeException e) {
            greenMail.stop();
            throw e;
        }
        log.info("GreenMail ready: SMTP 127.0.0.1:{}, IMAP 127.0.0.1:{}", smtpPort, imapPort);
        return server;
    }

    public int smtpPort() {
        return smtpSetup.getPort();
    }

    public int imapPort() {
        return imapPort;
    }

    /** Closes the SMTP port and drops open SMTP sessions; IMAP and the stored mail stay. Idempotent. */
    public synchronized void pauseSmtp() {
        if (smtp == null) {
            return;
        }
        smtp.stopService();
        smtp = null;
        log.warn("SMTP on port {} PAUSED: connections are refused until it is resumed", smtpPort());
    }

    /**
     * Listens on the SMTP port again. Idempotent.
     *
     * @throws IllegalStateException when the port cannot be bound (taken meanwhile); SMTP stays paused
     */
    public synchronized void resumeSmtp() {
        if (smtp != null) {
            return;
        }
        startSmtp();
        log.info("SMTP on port {} resumed", smtpPort());
    }

    public synchronized boolean isSmtpPaused() {
        return smtp == null;
    }

    private synchronized void startSmtp() {
        // the managers hold GreenMail's users and mailboxes: mail sent here is read over IMAP
        SmtpServer server = new SmtpServer(smtpSetup, greenMail.getManagers());
        server.startService();
        boolean running;
        try {
            running = server.waitTillRunning(smtpSetup.getServerStartupTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        if (!running) {
            server.stopService();
            throw new IllegalStateException("cannot start SMTP on 127.0.0.1:" + smtpPort()
                    + " (is the port taken?)");
        }
        smtp = server;
    }

    /** Every message delivered to any mailbox, newest first (by the Date header). */
    public List<ReceivedMail> receivedNewestFirst() {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        List<ReceivedMail> mails = new ArrayList<>(messages.length);
        // reversed arrival order breaks ties between mails sent within the same second
        for (int i = messages.length - 1; i >= 0; i--) {
            mails.add(ReceivedMail.of(messages[i]));
        }
        mails.sort(Comparator.comparing(ReceivedMail::sentAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder())));
        return mails;
    }

    @Override
    public synchronized void close() {
        if (smtp != null) {
            smtp.stopService();
            smtp = null;
        }
        greenMail.stop();
    }
}
