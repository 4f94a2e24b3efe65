package org.healthjournal.pipeline.notifier.delivery;

import jakarta.mail.Session;
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

        assertThat(part(mail, 0)).doesNotContain("reviewed", "null").startsWith("T\n");
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
