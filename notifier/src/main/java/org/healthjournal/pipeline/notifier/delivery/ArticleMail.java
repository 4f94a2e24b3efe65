package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.MailContent;
import org.healthjournal.pipeline.notifier.mail.MailTemplates;
import org.healthjournal.pipeline.notifier.mail.MimeMessages;
import org.healthjournal.pipeline.notifier.mail.PreEncodedText;
import org.healthjournal.pipeline.notifier.subscriptions.PersonalLinks;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.Map;
import java.util.UUID;

/**
 * The mail announcing a new article to one subscriber (templates {@code mail/article.txt} and
 * {@code .html}), with RFC 8058 one-click unsubscribe, the read time and the reviewer line when
 * the {@code ArticlePublished} event carried them.
 *
 * <p>The templates are rendered once per article ({@link #prepare}), with stand-ins where the
 * personal links go, and the parts' transfer encodings are chosen then too; each recipient's mail
 * only puts its own links in their place. A fan-out to thousands of readers renders the article a
 * handful of times, not once per reader.
 *
 * <p>The parts are transfer-encoded once per article too ({@link PreEncodedText}) when their
 * encoding is 7bit or quoted-printable: each recipient's mail encodes only its links and copies the
 * rest, which Jakarta Mail then writes as it is — composing and encoding both parts for every
 * reader was most of a sender's CPU. Parts in base64, and links that could not go into the
 * encoded text as they are, take the full way ({@link Prepared#writeComposed}); either way the
 * mail decodes to the same text and HTML.
 */
@Component
public class ArticleMail {

    static final String DISCLAIMER = "For general information and education only — not medical advice.";

    private final MimeMessages messages;
    private final MailTemplates templates;
    private final String siteName;
    /**
     * Letters and digits only, so neither template mode changes them, and random, so no article
     * text can contain them by chance.
     */
    private final String unsubscribeStandIn = "unsubscribe" + UUID.randomUUID().toString().replace("-", "");
    private final String manageStandIn = "manage" + UUID.randomUUID().toString().replace("-", "");

    public ArticleMail(MimeMessages messages, MailTemplates templates, NotifierProperties properties) {
        this.messages = messages;
        this.templates = templates;
        this.siteName = properties.siteName();
    }

    /** @param links the recipient's own unsubscribe and manage links, made for this mail */
    public MimeMessage write(MimeMessage message, AnnouncedArticle article, Recipient recipient, PersonalLinks links)
            throws MessagingException {
        return prepare(article).write(message, recipient, links);
    }

    /** The article's mail rendered once, to be written for any number of recipients. */
    public Prepared prepare(AnnouncedArticle article) throws MessagingException {
        MailContent content = templates.render("article", article.title(), Map.of(
                "article", article,
                "siteName", siteName,
                "disclaimer", DISCLAIMER,
                "unsubscribeUrl", unsubscribeStandIn,
                "manageUrl", manageStandIn));
        MimeMessages.PartEncodings encodings = messages.encodingsOf(content);
        return new Prepared(content, encodings, messages.encodedSubject(content.subject()),
                PreEncodedText.of(content.text(), encodings.text(), unsubscribeStandIn, manageStandIn),
                PreEncodedText.of(content.html(), encodings.html(), unsubscribeStandIn, manageStandIn));
    }

    /** One article's rendered mail, waiting for each recipient's personal links. */
    public final class Prepared {

        private final MailContent content;
        /** the personal links are ASCII: every recipient's mail takes the same encodings */
        private final MimeMessages.PartEncodings encodings;
        /** the parts in their encodings with gaps for the links; null: that part is composed per mail */
        private final PreEncodedText text;
        private final PreEncodedText html;
        private final String encodedSubject;

        private Prepared(MailContent content, MimeMessages.PartEncodings encodings, String encodedSubject,
                PreEncodedText text, PreEncodedText html) {
            this.content = content;
            this.encodings = encodings;
            this.encodedSubject = encodedSubject;
            this.text = text;
            this.html = html;
        }

        /** @param links the recipient's own unsubscribe and manage links, made for this mail */
        public MimeMessage write(MimeMessage message, Recipient recipient, PersonalLinks links)
                throws MessagingException {
            if (text != null && html != null) {
                byte[] encodedText = text.with(links.unsubscribeUrl(), links.manageUrl());
                byte[] encodedHtml = html.with(HtmlUtils.htmlEscape(links.unsubscribeUrl()),
                        HtmlUtils.htmlEscape(links.manageUrl()));
                if (encodedText != null && encodedHtml != null) {
                    messages.write(message, recipient.email(), encodedSubject, encodedText, text.encoding(),
                            encodedHtml, html.encoding());
                    return withUnsubscribeHeaders(message, links);
                }
            }
            return writeComposed(message, recipient, links);
        }

        /** {@link #write}, with both parts composed from text and encoded for this mail alone */
        MimeMessage writeComposed(MimeMessage message, Recipient recipient, PersonalLinks links)
                throws MessagingException {
            // the HTML template escapes what it puts into attributes; the links get the same treatment
            String text = content.text().replace(unsubscribeStandIn, links.unsubscribeUrl())
                    .replace(manageStandIn, links.manageUrl());
            String html = content.html().replace(unsubscribeStandIn, HtmlUtils.htmlEscape(links.unsubscribeUrl()))
                    .replace(manageStandIn, HtmlUtils.htmlEscape(links.manageUrl()));
            messages.write(message, recipient.email(), new MailContent(content.subject(), text, html), encodings);
            return withUnsubscribeHeaders(message, links);
        }

        private MimeMessage withUnsubscribeHeaders(MimeMessage message, PersonalLinks links)
                throws MessagingException {
            message.setHeader("List-Unsubscribe", "<" + links.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            return message;
        }
    }
}
