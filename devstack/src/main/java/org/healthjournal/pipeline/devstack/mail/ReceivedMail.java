package org.healthjournal.pipeline.devstack.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the mail page (and a test) wants to know about one received message. */
public record ReceivedMail(String from, String to, String subject, Instant sentAt, String text) {

    public static ReceivedMail of(Message message) {
        try {
            return new ReceivedMail(
                    addresses(message.getFrom()),
                    addresses(message.getAllRecipients()),
                    Optional.ofNullable(message.getSubject()).orElse(""),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                    textOf(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a received message", e);
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** The plain-text body; for HTML-only mail, its text without the tags. */
    static String textOf(Part part) throws MessagingException, IOException {
        Optional<String> plain = find(part, "text/plain");
        if (plain.isPresent()) {
            return plain.get();
        }
        return find(part, "text/html")
                .map(html -> html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", "").replaceAll("<[^>]*>", ""))
                .orElse("");
    }

    private static Optional<String> find(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            Object content = part.getContent();
            return Optional.of(content instanceof String text ? text : String.valueOf(content));
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = find(child, mimeType);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
