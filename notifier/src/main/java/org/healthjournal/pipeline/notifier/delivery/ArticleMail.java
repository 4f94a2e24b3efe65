package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.MailContent;
import org.healthjournal.pipeline.notifier.mail.MimeMessages;
import org.healthjournal.pipeline.notifier.subscriptions.SubscriptionLinks;
import org.springframework.stereotype.Component;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/** The mail announcing a new article to one subscriber, with RFC 8058 one-click unsubscribe. */
@Component
public class ArticleMail {

    static final String DISCLAIMER = "For general information and education only — not medical advice.";

    private final MimeMessages messages;
    private final SubscriptionLinks links;
    private final String siteName;

    public ArticleMail(MimeMessages messages, SubscriptionLinks links, NotifierProperties properties) {
        this.messages = messages;
        this.links = links;
        this.siteName = properties.siteName();
    }

    public MimeMessage write(MimeMessage message, AnnouncedArticle article, Recipient recipient)
            throws MessagingException {
        String unsubscribeUrl = links.unsubscribe(recipient.unsubscribeToken());
        messages.write(message, recipient.email(), content(article, unsubscribeUrl));
        message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }

    private MailContent content(AnnouncedArticle article, String unsubscribeUrl) {
        String dek = article.dek() == null ? "" : article.dek();
        String category = article.category() == null ? "" : article.category();
        String text = """
                %1$s
                %2$s

                %3$s

                Read the article: %4$s

                %5$s

                --
                You get this mail because you subscribed to new articles from %6$s.
                Unsubscribe: %7$s
                """.formatted(category, article.title(), dek, article.url(), DISCLAIMER, siteName, unsubscribeUrl);
        String html = """
                <!DOCTYPE html>
                <html><body>
                <p>%1$s</p>
                <h1><a href="%4$s">%2$s</a></h1>
                <p>%3$s</p>
                <p><a href="%4$s">Read the article</a></p>
                <p><small>%5$s</small></p>
                <hr>
                <p><small>You get this mail because you subscribed to new articles from %6$s.
                <a href="%7$s">Unsubscribe</a></small></p>
                </body></html>
                """.formatted(htmlEscape(category), htmlEscape(article.title()), htmlEscape(dek),
                htmlEscape(article.url()), htmlEscape(DISCLAIMER), htmlEscape(siteName), htmlEscape(unsubscribeUrl));
        return new MailContent(article.title(), text, html);
    }
}
