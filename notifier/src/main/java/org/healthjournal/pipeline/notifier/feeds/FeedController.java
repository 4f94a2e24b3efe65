package org.healthjournal.pipeline.notifier.feeds;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The feeds readers subscribe to instead of, or besides, e-mail: all articles, or one category's.
 * Every answer carries an {@code ETag} and {@code Last-Modified}, so a reader polling with
 * {@code If-None-Match} / {@code If-Modified-Since} gets {@code 304} (Spring answers it from the
 * headers of the returned entity) until an article is added or updated. Each feed is written once
 * and served from {@link RenderedFeeds} until {@code feed_entry} changes.
 */
@RestController
class FeedController {

    static final int MAX_ENTRIES = 50;
    static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final FeedEntries entries;
    private final FeedWriter writer;
    private final RenderedFeeds rendered;

    FeedController(FeedEntries entries, FeedWriter writer, RenderedFeeds rendered) {
        this.entries = entries;
        this.writer = writer;
        this.rendered = rendered;
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> rss() {
        return rendered.of("/feed.xml", () -> feed(RSS, FeedWriter.RSS, "/feed.xml", null,
                entries.newest(MAX_ENTRIES), entries.lastChange(null)));
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> atom() {
        return rendered.of("/feed.atom", () -> feed(ATOM, FeedWriter.ATOM, "/feed.atom", null,
                entries.newest(MAX_ENTRIES), entries.lastChange(null)));
    }

    @GetMapping("/categories/{slug}/feed.xml")
    ResponseEntity<String> categoryRss(@PathVariable String slug) {
        return categoryFeed(RSS, FeedWriter.RSS, slug, "/categories/" + slug + "/feed.xml");
    }

    @GetMapping("/categories/{slug}/feed.atom")
    ResponseEntity<String> categoryAtom(@PathVariable String slug) {
        return categoryFeed(ATOM, FeedWriter.ATOM, slug, "/categories/" + slug + "/feed.atom");
    }

    /**
     * A category nothing was published in yet is unknown: {@code 404}, not an empty feed to poll for
     * ever. One whose articles were all retracted is an empty feed.
     */
    private ResponseEntity<String> categoryFeed(MediaType type, String feedType, String slug, String selfPath) {
        if (slug.length() > 200 || !SLUG.matcher(slug).matches()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return rendered.of(selfPath, () -> writeCategoryFeed(type, feedType, slug, selfPath));
    }

    private ResponseEntity<String> writeCategoryFeed(MediaType type, String feedType, String slug, String selfPath) {
        Optional<String> category = entries.categoryName(slug);
        if (category.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        List<FeedEntry> inCategory = entries.newestInCategory(slug, MAX_ENTRIES);
        return feed(type, feedType, selfPath, inCategory.isEmpty() ? category.get() : inCategory.get(0).category(),
                inCategory, entries.lastChange(slug));
    }

    private ResponseEntity<String> feed(MediaType type, String feedType, String selfPath, String category,
            List<FeedEntry> list, Instant lastChange) {
        // an update or a retraction moves Last-Modified (and the ETag) on
        Instant lastModified = list.stream().map(FeedEntry::updatedAt).max(Instant::compareTo)
                .filter(listed -> listed.isAfter(lastChange)).orElse(lastChange);
        // feed readers poll; a few minutes of caching spares the database without delaying news much
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .eTag(etag(feedType, selfPath, list, lastModified))
                .lastModified(lastModified)
                .body(writer.write(feedType, selfPath, category, list));
    }

    /** Changes whenever an entry is added, updated (a new version), retracted or leaves the list. */
    private static String etag(String feedType, String selfPath, List<FeedEntry> list, Instant lastModified) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((feedType + "|" + selfPath + "|" + lastModified).getBytes(StandardCharsets.UTF_8));
            for (FeedEntry entry : list) {
                digest.update(("|" + entry.articleId() + "@" + entry.articleVersion() + "@" + entry.updatedAt())
                        .getBytes(StandardCharsets.UTF_8));
            }
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException everyJavaHasSha256) {
            throw new IllegalStateException(everyJavaHasSha256);
        }
    }
}
