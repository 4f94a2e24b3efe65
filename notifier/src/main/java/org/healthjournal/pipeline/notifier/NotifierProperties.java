package org.healthjournal.pipeline.notifier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the notifier ({@code pipeline.notifier.*}).
 *
 * @param baseUrl public URL of this service, used for the links in mails
 * @param from sender address of every mail
 * @param siteName name of the journal, in mails, pages and feeds
 * @param siteUrl home page of the journal, the feeds' channel link; defaults to {@code baseUrl}
 * @param batchSize how many article mails are claimed and sent over one SMTP connection at a time
 * @param confirmationResendInterval a pending address gets a new confirmation mail at most this
 *        often, so the open subscribe endpoint cannot be used to flood someone's inbox
 */
@ConfigurationProperties("pipeline.notifier")
public record NotifierProperties(
        @DefaultValue("http://localhost:8084") String baseUrl,
        @DefaultValue("newsletter@healthjournal.example.org") String from,
        @DefaultValue("Health Journal") String siteName,
        String siteUrl,
        @DefaultValue("100") int batchSize,
        @DefaultValue("1m") Duration confirmationResendInterval) {

    public NotifierProperties {
        baseUrl = withoutTrailingSlash(baseUrl);
        siteUrl = siteUrl == null || siteUrl.isBlank() ? baseUrl : withoutTrailingSlash(siteUrl);
        if (batchSize < 1) {
            throw new IllegalArgumentException("pipeline.notifier.batch-size must be at least 1");
        }
    }

    /** An absolute link to a path of this service. */
    public String link(String path) {
        return baseUrl + path;
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
