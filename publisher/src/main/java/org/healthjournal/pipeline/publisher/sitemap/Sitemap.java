package org.healthjournal.pipeline.publisher.sitemap;

import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.healthjournal.pipeline.publisher.articles.Topic;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The sitemap (sitemaps.org 0.9): the home page, every article, category, tag and author page,
 * each with when it last changed. Addresses are XML-escaped: slugs are ASCII, but the base URL is
 * configuration.
 */
@Component
public class Sitemap {

    private final ArticleStore articles;
    private final PublisherProperties site;

    public Sitemap(ArticleStore articles, PublisherProperties site) {
        this.articles = articles;
        this.site = site;
    }

    public String xml() {
        List<PublishedArticle> all = articles.listedTeasers();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        all.stream().map(PublishedArticle::updatedAt).max(Comparator.naturalOrder())
                .ifPresentOrElse(newest -> url(xml, "/", newest), () -> url(xml, "/", null));
        all.forEach(article -> url(xml, "/articles/" + article.slug(), article.updatedAt()));
        topics(xml, "/categories/", articles.categories());
        topics(xml, "/tags/", articles.tags());
        topics(xml, "/authors/", articles.authors());
        return xml.append("</urlset>\n").toString();
    }

    private void topics(StringBuilder xml, String prefix, List<Topic> topics) {
        topics.forEach(topic -> url(xml, prefix + topic.slug(), topic.lastModified()));
    }

    private void url(StringBuilder xml, String path, Instant lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(site.url(path))).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified.truncatedTo(ChronoUnit.SECONDS)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
