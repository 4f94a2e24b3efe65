package org.healthjournal.pipeline.publisher.site;

import org.healthjournal.pipeline.publisher.articles.PublishedArticle;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One of the site's lists of articles: the index, or the list of one category, tag or author.
 *
 * @param slug null for the index
 */
public record SiteList(Kind kind, String slug) {

    public enum Kind {
        INDEX("/"), CATEGORY("/categories/"), TAG("/tags/"), AUTHOR("/authors/");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    public static final SiteList INDEX = new SiteList(Kind.INDEX, null);

    public SiteList {
        if ((kind == Kind.INDEX) != (slug == null)) {
            throw new IllegalArgumentException("the index has no slug, every other list has one: " + kind + " " + slug);
        }
    }

    public static SiteList category(String slug) {
        return new SiteList(Kind.CATEGORY, slug);
    }

    public static SiteList tag(String slug) {
        return new SiteList(Kind.TAG, slug);
    }

    public static SiteList author(String slug) {
        return new SiteList(Kind.AUTHOR, slug);
    }

    /** The address of the list's first page: "/", "/categories/{slug}", … */
    public String path() {
        return kind == Kind.INDEX ? "/" : kind.prefix + slug;
    }

    /** Every list the article is on (or was on, for a page that has just been retracted). */
    public static Set<SiteList> of(PublishedArticle article) {
        Set<SiteList> lists = new LinkedHashSet<>();
        lists.add(INDEX);
        if (article.categorySlug() != null) {
            lists.add(category(article.categorySlug()));
        }
        article.tagsBySlug().keySet().forEach(tag -> lists.add(tag(tag)));
        if (article.authorSlug() != null) {
            lists.add(author(article.authorSlug()));
        }
        return lists;
    }
}
