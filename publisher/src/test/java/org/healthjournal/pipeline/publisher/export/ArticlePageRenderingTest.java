package org.healthjournal.pipeline.publisher.export;

import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.publisher.articles.PageStatus;
import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.healthjournal.pipeline.publisher.site.Bylines;
import org.healthjournal.pipeline.publisher.site.SiteModel;
import org.healthjournal.pipeline.publisher.site.SitePages;
import org.healthjournal.pipeline.support.security.StaffDirectory;
import org.healthjournal.pipeline.support.security.StaffUsersProperties;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The article template rendered without a server: what the head and bylines say. */
class ArticlePageRenderingTest {

    private static final PublisherProperties SITE = new PublisherProperties("https://journal.example/",
            Period.ofYears(1), "Health Journal", 20);

    private final SitePages pages = new SitePages(mock(ArticleStore.class), SITE,
            new Bylines(new StaffDirectory(List.of(staff("wanda", "Wanda Osei", "health writer"),
                    staff("drbob", "Dr Bob Rivera", "MD, haematologist")))), new SiteModel(SITE));
    private final String html = new FileRenderer().render(pages.article(article()));

    @Test
    void headHasLanguageCanonicalLinkAndLinkPreviews() {
        assertThat(html).contains("<html lang=\"en\">")
                .contains("<title>Can honey soothe a cough? · Health Journal</title>")
                .contains("<link rel=\"canonical\" href=\"https://journal.example/articles/can-honey-soothe-a-cough\">")
                .contains("<meta name=\"description\" content=\"What the trials say.\">")
                .contains("<meta property=\"og:type\" content=\"article\">")
                .contains("<meta property=\"og:title\" content=\"Can honey soothe a cough?\">")
                .contains("<meta property=\"og:url\" content=\"https://journal.example/articles/can-honey-soothe-a-cough\">")
                .contains("<meta property=\"article:published_time\" content=\"2026-11-24T13:24:01Z\">")
                .contains("<meta property=\"article:modified_time\" content=\"2026-11-25T08:00:00Z\">")
                .contains("<meta name=\"twitter:card\" content=\"summary\">")
                .contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"MedicalWebPage\"")
                .doesNotContain("noindex");
    }

    @Test
    void authorAndReviewerAppearByNameAndCredentials() {
        assertThat(html)
                .contains("By <a class=\"author\" rel=\"author\" href=\"/authors/wanda\">Wanda Osei</a><span>, health writer</span>")
                .contains("Medically reviewed by <strong class=\"reviewer\">Dr Bob Rivera, MD, haematologist</strong>")
                .contains("Updated <time datetime=\"2026-11-25\">25 November 2026</time>")
                .contains("Next review due by <time datetime=\"2027-11-20\">20 November 2027</time>");
    }

    @Test
    void categoryAndTagsLinkToTheirPages() {
        assertThat(html).contains("<a href=\"/categories/immune-health\">Immune Health</a>")
                .contains("<a href=\"/tags/vitamin-d\">Vitamin D</a>, <a href=\"/tags/colds\">colds</a>");
    }

    @Test
    void everyReviewerWhoSignedOffIsNamedWithTheReviewDatesTheApprovalSet() {
        PublishedArticle signedOff = new PublishedArticle("art-1", 2, "can-honey-soothe-a-cough",
                "Can honey soothe a cough?", "What the trials say.", "Immune Health", List.of(), "wanda", "drcho",
                Instant.parse("2026-11-21T10:00:00Z"), "<p>Body</p>", "", List.of(), 3,
                Instant.parse("2026-11-24T13:24:01Z"), Instant.parse("2026-11-25T08:00:00Z"),
                List.of(new ReviewerSignOff("drbob", "Dr Bob Rivera", "MD, haematologist",
                                Instant.parse("2026-11-20T09:30:00Z")),
                        new ReviewerSignOff("drcho", "Dr Ana Cho", "PharmD", Instant.parse("2026-11-21T10:00:00Z"))),
                Instant.parse("2027-05-21T00:00:00Z"), "Added the 2026 trial.", PageStatus.PUBLISHED, null, null);

        String page = new FileRenderer().render(pages.article(signedOff));

        assertThat(page)
                .contains("Medically reviewed by <strong class=\"reviewer\">Dr Bob Rivera, MD, haematologist</strong>"
                        + " and <strong class=\"reviewer\">Dr Ana Cho, PharmD</strong>")
                .contains("on <time datetime=\"2026-11-21\">21 November 2026</time>")
                .contains("Next review due by <time datetime=\"2027-05-21\">21 May 2027</time>")
                .contains("\"reviewedBy\":[{\"@type\":\"Person\",\"name\":\"Dr Bob Rivera\"")
                .contains("\"lastReviewed\":\"2026-11-21\"");
    }

    @Test
    void revisedPageShowsWhenItWasUpdatedAndWhatChanged() {
        PublishedArticle revised = new PublishedArticle("art-1", 2, "can-honey-soothe-a-cough",
                "Can honey soothe a cough?", null, null, List.of(), "wanda", "drbob",
                Instant.parse("2026-11-20T09:30:00Z"), "<p>Body</p>", "", List.of(), 3,
                Instant.parse("2026-11-24T13:24:01Z"), Instant.parse("2026-11-25T08:00:00Z"), List.of(), null,
                "Added the <2026> trial.", PageStatus.PUBLISHED, null, null);

        assertThat(new FileRenderer().render(pages.article(revised)))
                .contains("<p class=\"change-note\">")
                .contains("<strong>Updated <time datetime=\"2026-11-25\">25 November 2026</time>:</strong>")
                .contains("<span>Added the &lt;2026&gt; trial.</span>")
                .contains("\"dateModified\":\"2026-11-25T08:00:00Z\"");
    }

    @Test
    void retractedPageShowsTheNoticeWithReasonAndDateInsteadOfTheBody() {
        PublishedArticle retracted = article().retracted("The trial it relied on was withdrawn.",
                Instant.parse("2026-12-01T12:00:00Z"));

        String page = new FileRenderer().render(pages.article(retracted));

        assertThat(page)
                .contains("<h1>Can honey soothe a cough?</h1>")
                .contains("This article has been retracted")
                .contains("The trial it relied on was withdrawn.")
                .contains("Retracted on <time datetime=\"2026-12-01\">1 December 2026</time>")
                .contains("<title>Retracted: Can honey soothe a cough? · Health Journal</title>")
                .doesNotContain("<p>Body [1]</p>", "Key takeaway", "Honey review", "application/ld+json",
                        "Medically reviewed by");
    }

    private static PublishedArticle article() {
        return new PublishedArticle("art-1", 2, "can-honey-soothe-a-cough", "Can honey soothe a cough?",
                "What the trials say.", "Immune Health", List.of("Vitamin D", "colds"), "wanda", "drbob",
                Instant.parse("2026-11-20T09:30:00Z"), "<p>Body [1]</p>", "<p>Maybe.</p>",
                List.of(new Reference("Honey review", "https://doi.org/10.1000/1", 2021, "review")), 3,
                Instant.parse("2026-11-24T13:24:01.123456Z"), Instant.parse("2026-11-25T08:00:00Z"));
    }

    private static StaffUsersProperties.StaffUser staff(String name, String displayName, String credentials) {
        StaffUsersProperties.StaffUser user = new StaffUsersProperties.StaffUser();
        user.setName(name);
        user.setDisplayName(displayName);
        user.setCredentials(credentials);
        return user;
    }
}
