package org.healthjournal.pipeline.notifier.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/** Fills a message from the journal to one reader with a text + HTML body. */
@Component
public class MimeMessages {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    private static final String TRANSFER_ENCODING = "Content-Transfer-Encoding";

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
        return write(message, recipient, content, null);
    }

    /**
     * @param encodings the parts' transfer encodings, worked out before ({@link #encodingsOf}); null:
     *        Jakarta Mail scans each part of this message to choose them
     */
    public MimeMessage write(MimeMessage message, String recipient, MailContent content, PartEncodings encodings)
            throws MessagingException {
        addressed(message, recipient);
        message.setSubject(content.subject(), UTF_8);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), UTF_8, "html");
        if (encodings != null) {
            text.setHeader(TRANSFER_ENCODING, encodings.text());
            html.setHeader(TRANSFER_ENCODING, encodings.html());
        }
        return withAlternatives(message, text, html);
    }

    /**
     * The same message as {@link #write(MimeMessage, String, MailContent, PartEncodings)} writes, from
     * parts already in their transfer encodings: Jakarta Mail copies their bytes as they are instead
     * of encoding the text again.
     *
     * @param encodedSubject the subject as {@link #encodedSubject} encodes it
     * @param text the text part's bytes, in {@code textEncoding}
     * @param html the HTML part's bytes, in {@code htmlEncoding}
     */
    public MimeMessage write(MimeMessage message, String recipient, String encodedSubject, byte[] text,
            String textEncoding, byte[] html, String htmlEncoding) throws MessagingException {
        addressed(message, recipient);
        message.setHeader("Subject", encodedSubject);
        return withAlternatives(message, encodedPart("plain", text, textEncoding),
                encodedPart("html", html, htmlEncoding));
    }

    private void addressed(MimeMessage message, String recipient) throws MessagingException {
        message.setFrom(sender);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient, true));
    }

    /** multipart/alternative: mail clients show the richest part they can, text-only ones the text. */
    private static MimeMessage withAlternatives(MimeMessage message, MimeBodyPart text, MimeBodyPart html)
            throws MessagingException {
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }

    /** The {@code Subject} header's value as {@code MimeMessage.setSubject(subject, "UTF-8")} makes it. */
    public String encodedSubject(String subject) {
        try {
            return MimeUtility.fold(9, MimeUtility.encodeText(subject, UTF_8, null));
        } catch (UnsupportedEncodingException utf8IsAlwaysSupported) {
            throw new IllegalStateException(utf8IsAlwaysSupported);
        }
    }

    private static MimeBodyPart encodedPart(String subtype, byte[] content, String encoding)
            throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        // as MimeBodyPart.setText(text, "UTF-8", subtype) types it
        headers.setHeader("Content-Type", "text/" + subtype + "; charset=" + UTF_8);
        headers.setHeader(TRANSFER_ENCODING, encoding);
        return new MimeBodyPart(headers, content);
    }

    /**
     * The transfer encodings Jakarta Mail chooses for the two parts of this content (7bit,
     * quoted-printable or base64, by how much of it is ASCII), found by scanning each part as it
     * does for every message. Mails that differ only in ASCII links have the same: one scan serves
     * them all.
     */
    public PartEncodings encodingsOf(MailContent content) throws MessagingException {
        return new PartEncodings(encodingOf(content.text(), "plain"), encodingOf(content.html(), "html"));
    }

    private static String encodingOf(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8, subtype);
        return MimeUtility.getEncoding(part.getDataHandler());
    }

    /** The {@code Content-Transfer-Encoding} of the text and of the HTML part. */
    public record PartEncodings(String text, String html) {
    }
}
