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
        return listPage(SiteList.INDEX, page);
    }

    public Optional<RenderablePage> category(String slug, int page) {
        return listPage(SiteList.category(slug), page);
    }

    public Optional<RenderablePage> tag(String slug, int page) {
        return listPage(SiteList.tag(slug), page);
    }

    public Optional<RenderablePage> author(String slug, int page) {
        return listPage(SiteList.author(slug), page);
    }

    /**
     * Every page of a list, from one query: the same pages as {@link #index}, {@link #category},
     * {@link #tag} and {@link #author} one by one, for writing a whole list at once. Empty when the
     * list no longer exists (no listed article in that category, say); the index always has a
     * first page, if an empty one.
     */
    public List<RenderablePage> allPages(SiteList list) {
        return heading(list).map(heading -> pagesOf(list, heading, teasers(list))).orElse(List.of());
    }

    /**
     * The same pages as {@link #allPages(SiteList)}, for a rebuild that already holds every
     * article by id: the list's members and their order still come from the store, in one narrow
     * query, but their rows are not read and decoded again. A list page shows nothing of an
     * article that a teaser leaves out, so the pages are the same. When the store moved on since
     * {@code articles} was read (a member it does not hold, or no longer listed), the list is read
     * as {@link #allPages(SiteList)} reads it.
     */
    public List<RenderablePage> allPages(SiteList list, Map<String, PublishedArticle> articlesById) {
        return heading(list).map(heading -> {
            List<String> ids = switch (list.kind()) {
                case INDEX -> articles.listedIds();
                case CATEGORY -> articles.idsInCategory(list.slug());
                case TAG -> articles.idsTaggedWith(list.slug());
                case AUTHOR -> articles.idsByAuthor(list.slug());
            };
            List<PublishedArticle> members = new ArrayList<>(ids.size());
            for (String id : ids) {
                PublishedArticle article = articlesById.get(id);
                if (article == null || article.isRetracted()) {
                    return pagesOf(list, heading, teasers(list));
                }
                members.add(article);
            }
            return pagesOf(list, heading, members);
        }).orElse(List.of());
    }

    private List<PublishedArticle> teasers(SiteList list) {
        return switch (list.kind()) {
            case INDEX -> articles.listedTeasers();
            case CATEGORY -> articles.teasersInCategory(list.slug());
            case TAG -> articles.teasersTaggedWith(list.slug());
            case AUTHOR -> articles.teasersByAuthor(list.slug());
        };
    }

    private List<RenderablePage> pagesOf(SiteList list, ListHeading heading, List<PublishedArticle> all) {
        int size = site.pageSize();
        int pages = Math.max(1, (all.size() + size - 1) / size);
        List<RenderablePage> result = new ArrayList<>(pages);
        for (int number = 1; number <= pages; number++) {
            int from = Math.min(all.size(), (number - 1) * size);
            ArticlePage page = new ArticlePage(all.subList(from, Math.min(all.size(), from + size)), number, size,
                    all.size());
            listing(list.path(), number, page, heading).ifPresent(result::add);
        }
        return result;
    }

    /** One page (1-based) of a list; empty for an unknown list or a page past its end. */
    private Optional<RenderablePage> listPage(SiteList list, int number) {
        return heading(list).flatMap(heading -> {
            int size = site.pageSize();
            ArticlePage page = switch (list.kind()) {
                case INDEX -> articles.newest(number, size);
                case CATEGORY -> articles.inCategory(list.slug(), number, size);
                case TAG -> articles.taggedWith(list.slug(), number, size);
                case AUTHOR -> articles.byAuthor(list.slug(), number, size);
            };
            return listing(list.path(), number, page, heading);
        });
    }

    /** What a list's pages say of it; empty when the list does not exist. */
    private Optional<ListHeading> heading(SiteList list) {
        return switch (list.kind()) {
            case INDEX -> Optional.of(new ListHeading("Latest articles", null,
                    "The latest articles of " + site.siteName() + ", newest first."));
            case CATEGORY -> articles.categoryName(list.slug())
                    .map(name -> new ListHeading(name, null, "Articles about " + name + "."));
            case TAG -> articles.tagName(list.slug())
                    .map(name -> new ListHeading("Topic: " + name, null, "Articles on " + name + "."));
            case AUTHOR -> articles.authorName(list.slug()).map(bylines::of).map(person -> new ListHeading(
                    person.name(), person.credentials(), "Articles by " + person.withCredentials() + "."));
        };
    }

    private record ListHeading(String heading, String subheading, String description) {
    }

    private Optional<RenderablePage> listing(String path, int page, ArticlePage list, ListHeading heading) {
        return listing(path, page, list, heading.heading(), heading.subheading(), heading.description());
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
