package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.healthjournal.pipeline.events.ArticlePublished;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.mail.IdentifiedMimeMessage;
import org.healthjournal.pipeline.notifier.mail.MailTemplates;
import org.healthjournal.pipeline.notifier.mail.MimeMessages;
import org.healthjournal.pipeline.notifier.subscriptions.PersonalLinks;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleMailTest {

    private final NotifierProperties properties = new NotifierProperties("https://news.example.org/", "news@example.org",
            "Health Journal", null, Duration.ofMinutes(1), null, null, null, null);
    private final ArticleMail articleMail = new ArticleMail(new MimeMessages(properties), new MailTemplates(),
            properties);
    private final PersonalLinks links = new PersonalLinks(
            "https://news.example.org/subscriptions/unsubscribe?token=tok_en-1",
            "https://news.example.org/subscriptions/manage?token=tok_en-1");

    @Test
    void carriesOneClickUnsubscribeHeadersAndLinks() throws Exception {
        MimeMessage mail = write(article("Could X follow Y?"));

        String unsubscribe = "https://news.example.org/subscriptions/unsubscribe?token=tok_en-1";
        assertThat(mail.getHeader("List-Unsubscribe", null)).isEqualTo("<" + unsubscribe + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(part(mail, 0)).contains(unsubscribe, "https://journal.example.org/articles/x", "Immune Health");
        assertThat(part(mail, 1)).contains("href=\"" + unsubscribe + "\"");
    }

    @Test
    void usesTheTitleAsSubjectAndEscapesItInHtml() throws Exception {
        MimeMessage mail = write(article("Is <b>zinc</b> & vitamin C better?"));

        assertThat(mail.getSubject()).isEqualTo("Is <b>zinc</b> & vitamin C better?");
        assertThat(part(mail, 1)).contains("Is &lt;b&gt;zinc&lt;/b&gt; &amp; vitamin C better?")
                .doesNotContain("<b>zinc</b>");
    }

    @Test
    void namesTheMedicalReviewerInTextAndHtml() throws Exception {
        MimeMessage mail = write(article("Could X follow Y?"));

        assertThat(part(mail, 0)).contains("Medically reviewed by Reviewer", "A short dek.", ArticleMail.DISCLAIMER);
        assertThat(part(mail, 1)).contains("Medically reviewed by <span>Reviewer</span>");
    }

    @Test
    void showsTheReadTimeAndEveryReviewersSignOffLineWhenTheEventCarriesThem() throws Exception {
        ArticlePublished a = article("T");
        MimeMessage mail = write(new ArticlePublished(a.eventId(), null, 0, a.articleId(), 1, a.occurredAt(), "c",
                "Writer", "drbob", "x", a.url(), "T", "Dek", "Cat", List.of(), a.publishedAt(), 4, List.of(
                        new ReviewerSignOff("drbob", "Dr Bob Rivera", "MD, haematologist", Instant.now()),
                        new ReviewerSignOff("drcho", null, null, Instant.now()))));

        assertThat(part(mail, 0)).contains("4 min read",
                "Medically reviewed by Dr Bob Rivera, MD, haematologist and drcho");
        assertThat(part(mail, 1)).contains("<p>4 min read</p>",
                "Medically reviewed by <span>Dr Bob Rivera, MD, haematologist and drcho</span>");
    }

    @Test
    void anOlderEventWithoutReadTimeOrSignOffsStillMailsWithTheReviewersName() throws Exception {
        MimeMessage mail = write(article("T"));

        assertThat(part(mail, 0)).doesNotContain("min read", "null").contains("Medically reviewed by Reviewer");
        assertThat(part(mail, 1)).doesNotContain("min read");
    }

    @Test
    void leavesTheReviewerLineOutWhenTheArticleNamesNoReviewer() throws Exception {
        ArticlePublished a = article("T");
        ArticlePublished unreviewed = new ArticlePublished(a.eventId(), null, 0, a.articleId(), 1, a.occurredAt(), "c",
                "Writer", null, "x", a.url(), "T", null, null, List.of(), a.publishedAt());
        MimeMessage mail = write(unreviewed);

        // the title's line first; a part written from its encoded bytes reads its line breaks as CRLF, as on the wire
        assertThat(part(mail, 0)).doesNotContain("reviewed", "null").matches("(?s)T\\r?\n.*");
        assertThat(part(mail, 1)).doesNotContain("reviewed");
    }

    @Test
    void keepsTheDekAsPlainTextInTheTextPartAndEscapedInHtml() throws Exception {
        ArticlePublished a = article("T");
        MimeMessage mail = write(new ArticlePublished(a.eventId(), null, 0, a.articleId(), 1, a.occurredAt(), "c",
                "Writer", "Reviewer", "x", a.url(), "T", "\"><svg onload=alert(1)>", "Cat", List.of(), a.publishedAt()));

        assertThat(part(mail, 0)).contains("\"><svg onload=alert(1)>");
        assertThat(part(mail, 1)).contains("&quot;&gt;&lt;svg onload=alert(1)&gt;").doesNotContain("<svg");
    }

    @Test
    void keepsTheMessageIdOfItsArticleAndSubscriberWithTheSenderDomain() throws Exception {
        MessageIds ids = new MessageIds(properties);
        MimeMessage mail = articleMail.write(new IdentifiedMimeMessage(Session.getInstance(new Properties()),
                ids.of("article.1/x", "s1")), AnnouncedArticle.of(article("T")), new Recipient("s1", "a@b.org"), links);
        mail.saveChanges();
        mail.saveChanges();

        assertThat(mail.getMessageID()).isEqualTo("<article-article%2E1%2Fx.s1@example.org>");
        assertThat(ids.of("article.1/x", "s1")).isNotEqualTo(ids.of("article.1", "x.s1"));
    }

    @Test
    void anArticleRenderedOnceCarriesEachRecipientsOwnLinksOnly() throws Exception {
        ArticleMail.Prepared prepared = articleMail.prepare(AnnouncedArticle.of(article("Rendered once?")));
        PersonalLinks annsLinks = new PersonalLinks("https://news.example.org/subscriptions/unsubscribe?token=ann-1",
                "https://news.example.org/subscriptions/manage?token=ann-1");
        PersonalLinks bensLinks = new PersonalLinks("https://news.example.org/subscriptions/unsubscribe?token=ben-2",
                "https://news.example.org/subscriptions/manage?token=ben-2");

        MimeMessage toAnn = prepared.write(new MimeMessage(Session.getInstance(new Properties())),
                new Recipient("s1", "ann@example.org"), annsLinks);
        MimeMessage toBen = prepared.write(new MimeMessage(Session.getInstance(new Properties())),
                new Recipient("s2", "ben@example.org"), bensLinks);
        toAnn.saveChanges();
        toBen.saveChanges();

        assertThat(part(toAnn, 0)).contains("Unsubscribe: " + annsLinks.unsubscribeUrl(),
                "export or erase your data: " + annsLinks.manageUrl(), "Rendered once?").doesNotContain("ben-2");
        assertThat(part(toAnn, 1)).contains("href=\"" + annsLinks.unsubscribeUrl() + "\"",
                "href=\"" + annsLinks.manageUrl() + "\"").doesNotContain("ben-2");
        assertThat(part(toBen, 0)).contains("Unsubscribe: " + bensLinks.unsubscribeUrl()).doesNotContain("ann-1");
        assertThat(part(toBen, 1)).contains("href=\"" + bensLinks.manageUrl() + "\"").doesNotContain("ann-1");
        assertThat(toBen.getHeader("List-Unsubscribe", null)).isEqualTo("<" + bensLinks.unsubscribeUrl() + ">");
        assertThat(toBen.getAllRecipients()).extracting(Object::toString).containsExactly("ben@example.org");
    }

    @Test
    void aRecipientsLinksAreEscapedInHtmlAsTheTemplateEscapesThemAndKeptAsTheyAreInText() throws Exception {
        PersonalLinks odd = new PersonalLinks("https://news.example.org/x?a=1&token=t\"<",
                "https://news.example.org/y?a=1&token=t");

        MimeMessage rendered = articleMail.prepare(AnnouncedArticle.of(article("T")))
                .write(new MimeMessage(Session.getInstance(new Properties())), new Recipient("s1", "a@b.org"), odd);
        rendered.saveChanges();

        assertThat(part(rendered, 0)).contains(odd.unsubscribeUrl(), odd.manageUrl());
        assertThat(part(rendered, 1)).contains("href=\"https://news.example.org/x?a=1&amp;token=t&quot;&lt;\"",
                "href=\"https://news.example.org/y?a=1&amp;token=t\"").doesNotContain("t\"<");
    }

    @Test
    void aPreEncodedMailDecodesToTheSameTextAndHtmlAsAFullyComposedOne() throws Exception {
        String longWord = "https://journal.example.org/articles/" + "a-very-long-slug-".repeat(12) + "end";
        List<ArticlePublished> articles = List.of(article("Could X follow Y?"),
                withText("Could vitamin D shorten colds? What the \u201ccareful\u201d trials say \uD83E\uDD27",
                        "Seven trials, one caf\u00e9-sized effect: what we know and what we don\u2019t = 42%.", "Dr H\u00e9l\u00e8ne Cho"),
                withText(longWord + " " + "\u00e9".repeat(30) + " x".repeat(60), longWord + "=" + longWord,
                        "R\u00e9viewer " + "=".repeat(80)),
                withText("T", "ends with spaces and = signs   ", "Reviewer"));
        for (ArticlePublished article : articles) {
            ArticleMail.Prepared prepared = articleMail.prepare(AnnouncedArticle.of(article));
            // tokens of every length put the links' ends at every column of a quoted-printable line
            for (int length = 1; length <= 90; length++) {
                String token = "t=" + "x".repeat(length - 1);
                PersonalLinks odd = new PersonalLinks("https://news.example.org/subscriptions/unsubscribe?a=1&token="
                        + token, "https://news.example.org/subscriptions/manage?token=" + token + "\"<");
                assertThat(isPreEncoded(prepared.write(new MimeMessage(Session.getInstance(new Properties())),
                        new Recipient("s1", "a@b.org"), odd))).isTrue();
                assertDecodesAsComposed(prepared, odd);
            }
        }
    }

    @Test
    void aPreEncodedQuotedPrintablePartKeepsEveryLineWithinSeventySixCharacters() throws Exception {
        ArticleMail.Prepared prepared = articleMail.prepare(AnnouncedArticle.of(
                withText("\u201c" + "long".repeat(100) + "\u201d", "=".repeat(200), "R\u00e9viewer")));
        for (int length = 1; length <= 90; length++) {
            PersonalLinks odd = new PersonalLinks("https://news.example.org/u?token=" + "=".repeat(length),
                    "https://news.example.org/m?token=" + "y".repeat(length));
            MimeMessage parsed = reparse(prepared.write(new MimeMessage(Session.getInstance(new Properties())),
                    new Recipient("s1", "a@b.org"), odd));
            MimeMultipart body = (MimeMultipart) parsed.getContent();
            for (int part = 0; part < 2; part++) {
                MimeBodyPart bodyPart = (MimeBodyPart) body.getBodyPart(part);
                assertThat(bodyPart.getEncoding()).isEqualTo("quoted-printable");
                String raw = new String(bodyPart.getRawInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                assertThat(raw.split("\r\n", -1)).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
                assertThat(raw).doesNotContain("\n\n").doesNotContain(" \r\n");
            }
        }
    }

    @Test
    void aMostlyNonAsciiArticleIsStillComposedAsABase64PartAndDecodesTheSame() throws Exception {
        String greek = "\u0391\u03c5\u03c4\u03cc \u03b5\u03af\u03bd\u03b1\u03b9 ".repeat(80);
        ArticleMail.Prepared prepared = articleMail.prepare(AnnouncedArticle.of(withText(greek, greek, greek)));

        MimeMessage parsed = assertDecodesAsComposed(prepared, links);
        assertThat(isPreEncoded(prepared.write(new MimeMessage(Session.getInstance(new Properties())),
                new Recipient("s1", "a@b.org"), links))).isFalse();

        assertThat(((MimeBodyPart) ((MimeMultipart) parsed.getContent()).getBodyPart(0)).getEncoding())
                .isEqualTo("base64");
    }

    @Test
    void linksThatCannotGoIntoTheEncodedPartsAsTheyAreAreComposedTheFullWay() throws Exception {
        ArticleMail.Prepared prepared = articleMail.prepare(AnnouncedArticle.of(article("T")));

        PersonalLinks odd = new PersonalLinks("https://news.example.org/u?token=a b",
                "https://news.example.org/m?token=caf\u00e9");
        assertDecodesAsComposed(prepared, odd);
        assertThat(isPreEncoded(prepared.write(new MimeMessage(Session.getInstance(new Properties())),
                new Recipient("s1", "a@b.org"), odd))).isFalse();
        assertThat(isPreEncoded(prepared.write(new MimeMessage(Session.getInstance(new Properties())),
                new Recipient("s1", "a@b.org"), links))).isTrue();
    }

    /** whether both parts of the message as written (not parsed back) hold encoded bytes rather than text */
    private static boolean isPreEncoded(MimeMessage message) throws Exception {
        MimeMultipart body = (MimeMultipart) message.getContent();
        for (int part = 0; part < body.getCount(); part++) {
            try {
                ((MimeBodyPart) body.getBodyPart(part)).getRawInputStream().close();
            } catch (jakarta.mail.MessagingException composedFromText) {
                return false;
            }
        }
        return true;
    }

    /** @return the pre-encoded mail as parsed back from its bytes */
    private static MimeMessage assertDecodesAsComposed(ArticleMail.Prepared prepared, PersonalLinks links)
            throws Exception {
        Session session = Session.getInstance(new Properties());
        Recipient recipient = new Recipient("s1", "ann@example.org");
        MimeMessage preEncoded = reparse(prepared.write(new IdentifiedMimeMessage(session, "<1@example.org>"),
                recipient, links));
        MimeMessage composed = reparse(prepared.writeComposed(new IdentifiedMimeMessage(session, "<1@example.org>"),
                recipient, links));

        assertThat(preEncoded.getSubject()).isEqualTo(composed.getSubject());
        assertThat(preEncoded.getHeader("Subject", null)).isEqualTo(composed.getHeader("Subject", null));
        assertThat(preEncoded.getContentType()).startsWith("multipart/alternative;");
        for (String header : List.of("From", "To", "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version")) {
            assertThat(preEncoded.getHeader(header, null)).as(header).isEqualTo(composed.getHeader(header, null));
        }
        MimeMultipart got = (MimeMultipart) preEncoded.getContent();
        MimeMultipart expected = (MimeMultipart) composed.getContent();
        assertThat(got.getCount()).isEqualTo(2);
        for (int part = 0; part < 2; part++) {
            MimeBodyPart gotPart = (MimeBodyPart) got.getBodyPart(part);
            MimeBodyPart expectedPart = (MimeBodyPart) expected.getBodyPart(part);
            assertThat(gotPart.getContentType()).isEqualTo(expectedPart.getContentType());
            assertThat(gotPart.getEncoding()).isEqualTo(expectedPart.getEncoding());
            assertThat((String) gotPart.getContent()).isEqualTo((String) expectedPart.getContent());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        preEncoded.writeTo(bytes);
        assertThat(bytes.toString(StandardCharsets.ISO_8859_1).split("\r?\n", -1))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
        return preEncoded;
    }

    private static MimeMessage reparse(MimeMessage message) throws Exception {
        message.saveChanges();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static ArticlePublished withText(String title, String dek, String reviewer) {
        ArticlePublished a = article(title);
        return new ArticlePublished(a.eventId(), null, 0, a.articleId(), 1, a.occurredAt(), "c", "Writer", reviewer,
                "x", a.url(), title, dek, "Cat\u00e9gorie", List.of(), a.publishedAt(), 4, List.of());
    }

    private MimeMessage write(ArticlePublished article) throws Exception {
        MimeMessage mail = articleMail.write(new MimeMessage(Session.getInstance(new Properties())),
                AnnouncedArticle.of(article),
                new Recipient("s1", "ann@example.org"), links);
        mail.saveChanges();
        return mail;
    }

    private static String part(MimeMessage mail, int index) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(index).getContent();
    }

    private static ArticlePublished article(String title) {
        return new ArticlePublished(UUID.randomUUID(), null, 0, "article-1", 1, Instant.now(), "c1", "Writer",
                "Reviewer", "x", "https://journal.example.org/articles/x", title, "A short dek.", "Immune Health",
                List.of(), Instant.now());
    }
}
