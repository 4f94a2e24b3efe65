package org.healthjournal.pipeline.notifier.feeds;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.healthjournal.pipeline.notifier.XmlCharacters;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Writes the newest articles as an RSS 2.0 or Atom 1.0 document (ROME). */
@Component
public class FeedWriter {

    public static final String RSS = "rss_2.0";
    public static final String ATOM = "atom_1.0";

    private final NotifierProperties properties;

    public FeedWriter(NotifierProperties properties) {
        this.properties = properties;
    }

    public String write(String feedType, String selfPath, List<FeedEntry> entries) {
        return write(feedType, selfPath, null, entries);
    }

    /** @param category the category the feed is limited to (its name), or null for all */
    public String write(String feedType, String selfPath, String category, List<FeedEntry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(feedType);
        feed.setEncoding("UTF-8");
        String title = category == null ? properties.siteName() : properties.siteName() + ": " + category;
        feed.setTitle(XmlCharacters.clean(title));
        feed.setDescription(XmlCharacters.clean("New articles from " + title));
        feed.setLanguage("en");
        feed.setLink(properties.siteUrl());
        // Atom wants a permanent id, and readers want to know where the feed itself lives
        feed.setUri(properties.link(selfPath));
        feed.setLinks(List.of(link("alternate", properties.siteUrl()), link("self", properties.link(selfPath))));
        boolean atom = ATOM.equals(feedType);
        if (atom) {
            // Atom requires an author for entries that have none
            feed.setAuthor(properties.siteName());
        }
        feed.setPublishedDate(date(entries.stream().map(FeedEntry::updatedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH)));
        feed.setEntries(entries.stream().map(article -> entry(article, atom)).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the " + feedType + " feed", e);
        }
    }

    private static SyndEntry entry(FeedEntry article, boolean atom) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(XmlCharacters.clean(article.title()));
        entry.setLink(XmlCharacters.clean(article.url()));
        // Atom's id; for RSS, ROME turns a link without uri into <guid isPermaLink="true">, which the page URL is
        if (atom) {
            entry.setUri(XmlCharacters.clean(article.url()));
        }
        if (article.dek() != null) {
            entry.setDescription(description(XmlCharacters.clean(article.dek()), atom));
        }
        if (article.category() != null) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(XmlCharacters.clean(article.category()));
            entry.setCategories(List.of(category));
        }
        if (article.author() != null) {
            entry.setAuthor(XmlCharacters.clean(article.author()));
        }
        entry.setPublishedDate(date(article.publishedAt()));
        entry.setUpdatedDate(date(article.updatedAt()));
        return entry;
    }

    /**
     * The dek is plain text. Atom says so ({@code type="text"}) and readers honour it; RSS 2.0 has
     * no such marker and readers render {@code <description>} as HTML, so there it goes
     * HTML-escaped: a dek holding {@code "><svg onload=…>} shows as those characters, never as markup.
     */
    private static SyndContent description(String dek, boolean atom) {
        SyndContent description = new SyndContentImpl();
        description.setType(atom ? "text" : "text/html");
        description.setValue(atom ? dek : HtmlUtils.htmlEscape(dek, "UTF-8"));
        return description;
    }

    private static SyndLink link(String rel, String href) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
