package org.healthjournal.pipeline.publisher.site;

import org.healthjournal.pipeline.publisher.PublisherProperties;
import org.healthjournal.pipeline.publisher.articles.ArticlePage;
import org.healthjournal.pipeline.publisher.articles.ArticleStore;
import org.healthjournal.pipeline.publisher.articles.PublishedArticle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

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

    /**
     * Every page of a list, from one query: the same pages as {@link #index}, {@link #category},
     * {@link #tag} and {@link #author} one by one, for writing a whole list at once. Empty when the
     * list no longer exists (no listed article in that category, say); the index always has a
     * first page, if an empty one.
     */
    public List<RenderablePage> allPages(SiteList list) {
        return switch (list.kind()) {
            case INDEX -> {
                List<PublishedArticle> all = articles.listedTeasers();
                yield paged(all, page -> listing("/", page, all, "Latest articles", null,
                        "The latest articles of " + site.siteName() + ", newest first."));
            }
            case CATEGORY -> articles.categoryName(list.slug()).map(name -> {
                List<PublishedArticle> all = articles.teasersInCategory(list.slug());
                return paged(all, page -> listing(list.path(), page, all, name, null, "Articles about " + name + "."));
            }).orElse(List.of());
            case TAG -> articles.tagName(list.slug()).map(name -> {
                List<PublishedArticle> all = articles.teasersTaggedWith(list.slug());
                return paged(all, page -> listing(list.path(), page, all, "Topic: " + name, null,
                        "Articles on " + name + "."));
            }).orElse(List.of());
            case AUTHOR -> articles.authorName(list.slug()).map(bylines::of).map(person -> {
                List<PublishedArticle> all = articles.teasersByAuthor(list.slug());
                return paged(all, page -> listing(list.path(), page, all, person.name(), person.credentials(),
                        "Articles by " + person.withCredentials() + "."));
            }).orElse(List.of());
        };
    }

    private List<RenderablePage> paged(List<PublishedArticle> all, IntFunction<Optional<RenderablePage>> page) {
        int pages = Math.max(1, (all.size() + site.pageSize() - 1) / site.pageSize());
        List<RenderablePage> result = new ArrayList<>(pages);
        for (int number = 1; number <= pages; number++) {
            page.apply(number).ifPresent(result::add);
        }
        return result;
    }

    private Optional<RenderablePage> listing(String path, int page, List<PublishedArticle> all, String heading,
            String subheading, String description) {
        int size = site.pageSize();
        int from = Math.min(all.size(), (page - 1) * size);
        ArticlePage list = new ArticlePage(all.subList(from, Math.min(all.size(), from + size)), page, size,
                all.size());
        return listing(path, page, list, heading, subheading, description);
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
