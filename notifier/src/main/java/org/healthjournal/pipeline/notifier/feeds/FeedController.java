package org.healthjournal.pipeline.notifier.feeds;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The feeds readers subscribe to instead of, or besides, e-mail. */
@RestController
class FeedController {

    static final int MAX_ENTRIES = 50;
    static final MediaType RSS = new MediaType("application", "rss+xml", StandardCharsets.UTF_8);
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final FeedEntries entries;
    private final FeedWriter writer;

    FeedController(FeedEntries entries, FeedWriter writer) {
        this.entries = entries;
        this.writer = writer;
    }

    @GetMapping("/feed.xml")
    ResponseEntity<String> rss() {
        return feed(RSS, writer.write(FeedWriter.RSS, "/feed.xml", entries.newest(MAX_ENTRIES)));
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> atom() {
        return feed(ATOM, writer.write(FeedWriter.ATOM, "/feed.atom", entries.newest(MAX_ENTRIES)));
    }

    private static ResponseEntity<String> feed(MediaType type, String document) {
        // feed readers poll; a few minutes of caching spares the database without delaying news much
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(document);
    }
}
