package org.healthjournal.pipeline.notifier.subscriptions;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.MailContent;
import org.healthjournal.pipeline.notifier.mail.MimeMessages;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** The double opt-in mail: nobody gets articles until the address's owner clicks its link. */
@Component
class ConfirmationMail {

    private final JavaMailSender mailSender;
    private final MimeMessages messages;
    private final SubscriptionLinks links;
    private final String siteName;

    ConfirmationMail(JavaMailSender mailSender, MimeMessages messages, SubscriptionLinks links,
            NotifierProperties properties) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.links = links;
        this.siteName = properties.siteName();
    }

    /** @throws org.springframework.mail.MailException if the mail server did not take it */
    void send(Subscriber subscriber) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            messages.write(message, subscriber.email(), content(links.confirm(subscriber.confirmToken())));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mailSender.send(message);
    }

    private MailContent content(String confirmUrl) {
        String subject = "Confirm your subscription to " + siteName;
        String text = """
                Please confirm that you want an e-mail from %1$s whenever it publishes a new article:

                %2$s

                If you did not ask for this, ignore this mail: without confirmation you get nothing more from us.
                """.formatted(siteName, confirmUrl);
        String html = """
                <!DOCTYPE html>
                <html><body>
                <p>Please confirm that you want an e-mail from %1$s whenever it publishes a new article:</p>
                <p><a href="%2$s">Confirm my subscription</a></p>
                <p>If you did not ask for this, ignore this mail: without confirmation you get nothing more from us.</p>
                </body></html>
                """.formatted(htmlEscape(siteName), htmlEscape(confirmUrl));
        return new MailContent(subject, text, html);
    }
}
