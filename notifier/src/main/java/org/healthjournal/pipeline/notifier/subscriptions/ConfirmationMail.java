package org.healthjournal.pipeline.notifier.subscriptions;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.MailTemplates;
import org.healthjournal.pipeline.notifier.mail.MimeMessages;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The double opt-in mail ({@code mail/confirmation.*}): nobody gets articles until the address's owner clicks its link. */
@Component
class ConfirmationMail {

    private final JavaMailSender mailSender;
    private final MimeMessages messages;
    private final MailTemplates templates;
    private final SubscriptionLinks links;
    private final NotifierProperties properties;

    ConfirmationMail(JavaMailSender mailSender, MimeMessages messages, MailTemplates templates, SubscriptionLinks links,
            NotifierProperties properties) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.templates = templates;
        this.links = links;
        this.properties = properties;
    }

    /** @throws org.springframework.mail.MailException if the mail server did not take it */
    void send(String email, String confirmToken) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            messages.write(message, email, templates.render("confirmation",
                    "Confirm your subscription to " + properties.siteName(), Map.of(
                            "siteName", properties.siteName(),
                            "confirmUrl", links.confirm(confirmToken),
                            "validDays", properties.links().confirmTtl().toDays())));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mailSender.send(message);
    }
}
