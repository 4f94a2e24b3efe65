package org.healthjournal.pipeline.faults.client;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.healthjournal.pipeline.devstack.mail.ReceivedMail;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Subscribers' inboxes on GreenMail, read over IMAP as a mail client would (login = password = address). */
public final class Mailboxes {

    private final int imapPort;

    public Mailboxes(int imapPort) {
        this.imapPort = imapPort;
    }

    /** The {@code Message-ID} header of every message in the inbox, one entry per message (so resends repeat). */
    public List<String> messageIds(String address) {
        return read(address, false).stream().map(MailHeaders::messageId).toList();
    }

    /** The plain text of every message. */
    public List<String> texts(String address) {
        return read(address, true).stream().map(MailHeaders::text).toList();
    }

    private record MailHeaders(String messageId, String text) {
    }

    private List<MailHeaders> read(String address, boolean withText) {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "30000");
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect("127.0.0.1", imapPort, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    Message[] messages = inbox.getMessages();
                    FetchProfile profile = new FetchProfile();
                    profile.add("Message-ID");
                    inbox.fetch(messages, profile);
                    List<MailHeaders> mails = new ArrayList<>(messages.length);
                    for (Message message : messages) {
                        String[] ids = message.getHeader("Message-ID");
                        mails.add(new MailHeaders(ids == null || ids.length == 0 ? "" : ids[0].trim(),
                                withText ? ReceivedMail.of(message).text() : null));
                    }
                    return mails;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }
}
