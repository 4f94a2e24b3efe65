package org.healthjournal.pipeline.publisher.pagecache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the in-memory copies of public pages ({@code pipeline.publisher.page-cache.*}).
 *
 * @param enabled         off: every request renders its page again
 * @param maxEntries      how many distinct addresses are kept (the least used go first)
 * @param timeToLive      how long a copy is served at most, even when no article changed
 *                        (nothing on a page depends on the time today; this bounds any surprise)
 * @param staticMaxAge    how long browsers may keep the site's stylesheets and images without asking
 */
@ConfigurationProperties("pipeline.publisher.page-cache")
public record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1000") int maxEntries,
        @DefaultValue("10m") Duration timeToLive,
        @DefaultValue("1d") Duration staticMaxAge) {
}
