package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.MailTemplates;
import org.healthjournal.pipeline.notifier.mail.MimeMessages;
import org.healthjournal.pipeline.notifier.subscriptions.PersonalLinks;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The mail announcing a new article to one subscriber (templates {@code mail/article.txt} and
 * {@code .html}), with RFC 8058 one-click unsubscribe, the read time and the reviewer line when
 * the {@code ArticlePublished} event carried them.
 */
@Component
public class ArticleMail {

    static final String DISCLAIMER = "For general information and education only — not medical advice.";

    private final MimeMessages messages;
    private final MailTemplates templates;
    private final String siteName;

    public ArticleMail(MimeMessages messages, MailTemplates templates, NotifierProperties properties) {
        this.messages = messages;
        this.templates = templates;
        this.siteName = properties.siteName();
    }

    /** @param links the recipient's own unsubscribe and manage links, made for this mail */
    public MimeMessage write(MimeMessage message, AnnouncedArticle article, Recipient recipient, PersonalLinks links)
            throws MessagingException {
        messages.write(message, recipient.email(), templates.render("article", article.title(), Map.of(
                "article", article,
                "siteName", siteName,
                "disclaimer", DISCLAIMER,
                "unsubscribeUrl", links.unsubscribeUrl(),
                "manageUrl", links.manageUrl())));
        message.setHeader("List-Unsubscribe", "<" + links.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }
}
