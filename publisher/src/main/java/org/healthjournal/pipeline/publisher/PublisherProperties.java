package org.healthjournal.pipeline.publisher;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * Settings of the public site ({@code pipeline.publisher.*}).
 *
 * @param baseUrl     where readers reach the site; page URLs in events are built on it
 * @param reviewCycle how long a medical review stays current; the page shows when the next one is due
 */
@ConfigurationProperties("pipeline.publisher")
public record PublisherProperties(
        @DefaultValue("http://localhost:8083") String baseUrl,
        @DefaultValue("P1Y") Period reviewCycle) {

    public PublisherProperties {
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The public address of the article page with this slug. */
    public String articleUrl(String slug) {
        return baseUrl + "/articles/" + slug;
    }
}
