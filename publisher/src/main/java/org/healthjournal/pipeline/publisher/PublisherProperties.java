package org.healthjournal.pipeline.publisher;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * Settings of the public site ({@code pipeline.publisher.*}).
 *
 * @param baseUrl     where readers reach the site; page URLs in events, canonical links and the
 *                    sitemap are built on it
 * @param reviewCycle how long a medical review stays current; the page shows when the next one is due
 * @param siteName    the journal's name, in titles and in link previews
 * @param pageSize    articles per page of the index, category, tag and author lists
 */
@ConfigurationProperties("pipeline.publisher")
public record PublisherProperties(
        @DefaultValue("http://localhost:8083") String baseUrl,
        @DefaultValue("P1Y") Period reviewCycle,
        @DefaultValue("Health Journal") String siteName,
        @DefaultValue("20") int pageSize) {

    public PublisherProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (pageSize < 1) {
            throw new IllegalArgumentException("pipeline.publisher.page-size must be at least 1");
        }
    }

    /** The public address of the article page with this slug. */
    public String articleUrl(String slug) {
        return baseUrl + "/articles/" + slug;
    }

    /** When the article's next medical review is due: as its review set it, else one review cycle on. */
    public java.time.Instant nextReviewDue(org.healthjournal.pipeline.publisher.articles.PublishedArticle article) {
        return article.nextReviewDue() != null ? article.nextReviewDue()
                : article.reviewedAt().atOffset(java.time.ZoneOffset.UTC).plus(reviewCycle).toInstant();
    }

    /** The public address of a site-relative path ("/categories/immune-health"). */
    public String url(String path) {
        return baseUrl + path;
    }
}
