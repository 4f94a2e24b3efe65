package org.healthjournal.pipeline.notifier.feeds;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.healthjournal.pipeline.notifier.NotifierProperties;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows stored before events were cleaned (H2 keeps a NUL) must not break the feeds either. */
class FeedWriterTest {

    private final FeedWriter writer = new FeedWriter(new NotifierProperties("https://news.example.org",
            "news@example.org", "Health Journal", null, Duration.ofMinutes(1), null, null, null, null));

    private final FeedEntry stored = new FeedEntry("a1", 1, "Zinc\u0000 and\uFFFE colds \uD83E\uDDEA\uD800",
            "Dek\u0007 with a bell", "https://journal.example.org/a1", "Cat\u001F", "Au\uFFFFthor",
            Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"));

    @Test
    void dropsCharactersXmlCannotHoldFromAStoredRssEntry() throws Exception {
        SyndFeed feed = parse(writer.write(FeedWriter.RSS, "/feed.xml", List.of(stored)));

        assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Zinc and colds \uD83E\uDDEA");
        assertThat(feed.getEntries().get(0).getDescription().getValue()).isEqualTo("Dek with a bell");
    }

    @Test
    void dropsCharactersXmlCannotHoldFromAStoredAtomEntry() throws Exception {
        SyndFeed feed = parse(writer.write(FeedWriter.ATOM, "/feed.atom", List.of(stored)));

        assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Zinc and colds \uD83E\uDDEA");
        assertThat(feed.getEntries().get(0).getAuthor()).isEqualTo("Author");
        assertThat(feed.getEntries().get(0).getCategories()).extracting("name").containsExactly("Cat");
    }

    private static SyndFeed parse(String document) throws Exception {
        return new SyndFeedInput().build(new StringReader(document));
    }
}
