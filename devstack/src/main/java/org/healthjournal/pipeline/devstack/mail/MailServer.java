package org.healthjournal.pipeline.devstack.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
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
 */
public final class MailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    private MailServer(GreenMail greenMail, int smtpPort, int imapPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public static MailServer start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        log.info("GreenMail ready: SMTP 127.0.0.1:{}, IMAP 127.0.0.1:{}", smtpPort, imapPort);
        return new MailServer(greenMail, smtpPort, imapPort);
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
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
    public void close() {
        greenMail.stop();
    }
}
