package org.healthjournal.pipeline.notifier.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** Fills a message from the journal to one reader with a text + HTML body. */
@Component
public class MimeMessages {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    static {
        // before the first message is built: every part of every mail looks the provider up again
        StreamProviderPin.pin();
    }

    private final InternetAddress sender;

    public MimeMessages(NotifierProperties properties) {
        try {
            this.sender = new InternetAddress(properties.from(), properties.siteName(), UTF_8);
        } catch (UnsupportedEncodingException utf8IsAlwaysSupported) {
            throw new IllegalStateException(utf8IsAlwaysSupported);
        }
    }

    public MimeMessage write(MimeMessage message, String recipient, MailContent content) throws MessagingException {
        message.setFrom(sender);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(content.subject(), UTF_8);
        // multipart/alternative: mail clients show the richest part they can, text-only ones the text
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), UTF_8, "html");
        MimeMultipart body = new MimeMultipart("alternative", text, html);
        message.setContent(body);
        return message;
    }
}
