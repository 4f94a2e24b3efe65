package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.MailTemplates;
import org.healthjournal.pipeline.notifier.mail.MimeMessages;
import org.healthjournal.pipeline.notifier.subscriptions.SubscriptionLinks;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The mail announcing a new article to one subscriber (templates {@code mail/article.txt} and
 * {@code .html}), with RFC 8058 one-click unsubscribe. The article has no read time here: the
 * {@code ArticlePublished} event does not carry one.
 */
@Component
public class ArticleMail {

    static final String DISCLAIMER = "For general information and education only — not medical advice.";

    private final MimeMessages messages;
    private final MailTemplates templates;
    private final SubscriptionLinks links;
    private final String siteName;

    public ArticleMail(MimeMessages messages, MailTemplates templates, SubscriptionLinks links,
            NotifierProperties properties) {
        this.messages = messages;
        this.templates = templates;
        this.links = links;
        this.siteName = properties.siteName();
    }

    public MimeMessage write(MimeMessage message, AnnouncedArticle article, Recipient recipient)
            throws MessagingException {
        String unsubscribeUrl = links.unsubscribe(recipient.unsubscribeToken());
        messages.write(message, recipient.email(), templates.render("article", article.title(), Map.of(
                "article", article,
                "siteName", siteName,
                "disclaimer", DISCLAIMER,
                "unsubscribeUrl", unsubscribeUrl)));
        message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }
}
