package org.healthjournal.pipeline.publisher.site;

import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.ArticlePage;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds every public page from the store: the article pages and the lists (index, category, tag,
 * author). Empty means "no such page" (unknown slug, or a page number past the end).
 */
@Component
public class SitePages {

    private final ArticleStore articles;
    private final PublisherProperties site;
    private final Bylines bylines;
    private final SiteModel model;

    public SitePages(ArticleStore articles, PublisherProperties site, Bylines bylines, SiteModel model) {
        this.articles = articles;
        this.site = site;
        this.bylines = bylines;
        this.model = model;
    }

    public Optional<RenderablePage> article(String slug) {
        return articles.findBySlug(slug).map(this::article);
    }

    public RenderablePage article(PublishedArticle article) {
        String path = "/articles/" + article.slug();
        String url = site.url(path);
        Byline author = bylines.of(article.author());
        List<Byline> reviewers = bylines.reviewersOf(article);
        Map<String, Object> values = new HashMap<>();
        values.put("article", article);
        values.put("author", author);
        values.put("reviewers", reviewers);
        values.put("nextReviewDue", site.nextReviewDue(article));
        if (article.isRetracted()) {
            // a retracted page makes no medical claim to search engines: no structured data
            PageMeta meta = new PageMeta("Retracted: " + article.title(),
                    "This article has been retracted: " + article.retractionReason(), url, "article");
            return new RenderablePage(path, "article", model.of(meta, values));
        }
        values.put("structuredData", StructuredData.medicalWebPage(article, author, reviewers, url, site));
        PageMeta meta = new PageMeta(article.title(), article.dek(), url, "article");
        return new RenderablePage(path, "article", model.of(meta, values));
    }

    public Optional<RenderablePage> index(int page) {
        ArticlePage list = articles.newest(page, site.pageSize());
        return listing("/", page, list, "Latest articles", null,
                "The latest articles of " + site.siteName() + ", newest first.");
    }

    public Optional<RenderablePage> category(String slug, int page) {
        return articles.categoryName(slug).flatMap(name -> listing("/categories/" + slug, page,
                articles.inCategory(slug, page, site.pageSize()), name, null, "Articles about " + name + "."));
    }

    public Optional<RenderablePage> tag(String slug, int page) {
        return articles.tagName(slug).flatMap(name -> listing("/tags/" + slug, page,
                articles.taggedWith(slug, page, site.pageSize()), "Topic: " + name, null,
                "Articles on " + name + "."));
    }

    public Optional<RenderablePage> author(String slug, int page) {
        return articles.authorName(slug).map(bylines::of).flatMap(person -> listing("/authors/" + slug, page,
                articles.byAuthor(slug, page, site.pageSize()), person.name(), person.credentials(),
                "Articles by " + person.withCredentials() + "."));
    }

    private Optional<RenderablePage> listing(String path, int page, ArticlePage list, String heading,
            String subheading, String description) {
        if (page > 1 && list.isEmpty()) {
            return Optional.empty();
        }
        String title = page > 1 ? heading + " (page " + page + ")" : heading;
        String canonical = site.url(pageAddress(path, page));
        Map<String, Object> values = new HashMap<>();
        values.put("heading", heading);
        values.put("subheading", subheading);
        values.put("list", list);
        values.put("path", path);
        values.put("bylines", (Function<String, Byline>) bylines::of);
        return Optional.of(new RenderablePage(pageAddress(path, page), "listing",
                model.of(PageMeta.website(title, description, canonical), values)));
    }

    public static String pageAddress(String path, int page) {
        return PageLinks.INSTANCE.href(path, page);
    }
}
