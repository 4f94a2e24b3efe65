package org.healthjournal.pipeline.notifier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the notifier ({@code pipeline.notifier.*}).
 *
 * @param baseUrl public URL of this service, used for the links in mails
 * @param from sender address of every mail; its domain also names the mails' {@code Message-ID}s
 * @param siteName name of the journal, in mails, pages and feeds
 * @param siteUrl home page of the journal, the feeds' channel link; defaults to {@code baseUrl}
 * @param confirmationResendInterval a pending address gets a new confirmation mail at most this
 *        often, so the open subscribe endpoint cannot be used to flood someone's inbox
 * @param sender the pool that mails announcements ({@code pipeline.notifier.sender.*})
 */
@ConfigurationProperties("pipeline.notifier")
public record NotifierProperties(
        @DefaultValue("http://localhost:8084") String baseUrl,
        @DefaultValue("newsletter@healthjournal.example.org") String from,
        @DefaultValue("Health Journal") String siteName,
        String siteUrl,
        @DefaultValue("1m") Duration confirmationResendInterval,
        @DefaultValue Sender sender) {

    public NotifierProperties {
        baseUrl = withoutTrailingSlash(baseUrl);
        siteUrl = siteUrl == null || siteUrl.isBlank() ? baseUrl : withoutTrailingSlash(siteUrl);
        if (from == null || from.lastIndexOf('@') < 1 || from.lastIndexOf('@') == from.length() - 1) {
            throw new IllegalArgumentException("pipeline.notifier.from must be an address with a domain: " + from);
        }
        if (sender == null) {
            sender = Sender.defaults();
        }
    }

    /** An absolute link to a path of this service. */
    public String link(String path) {
        return baseUrl + path;
    }

    /** The domain of the sender address, e.g. for {@code Message-ID}s. */
    public String fromDomain() {
        return from.substring(from.lastIndexOf('@') + 1);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The sender pool.
     *
     * @param connections parallel SMTP connections, one per sender thread
     * @param batchSize article mails one sender leases at a time and sends over its connection
     * @param lease how long a leased batch belongs to its sender; a sender stops starting new mails
     *        once half of it is gone, so it must be well above the SMTP timeouts. A batch whose
     *        sender died is taken over when its lease has run out.
     * @param pollInterval how often an idle sender looks for due rows (a new announcement wakes it at once)
     * @param initialBackOff wait before the first retry of a mail that failed transiently; doubles per attempt
     * @param maxBackOff the longest wait between two attempts
     */
    public record Sender(
            @DefaultValue("4") int connections,
            @DefaultValue("50") int batchSize,
            @DefaultValue("2m") Duration lease,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("1s") Duration initialBackOff,
            @DefaultValue("1m") Duration maxBackOff) {

        public Sender {
            if (connections < 1) {
                throw new IllegalArgumentException("pipeline.notifier.sender.connections must be at least 1");
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("pipeline.notifier.sender.batch-size must be at least 1");
            }
            if (lease.isNegative() || lease.isZero() || pollInterval.isNegative() || pollInterval.isZero()
                    || initialBackOff.isNegative() || maxBackOff.compareTo(initialBackOff) < 0) {
                throw new IllegalArgumentException("pipeline.notifier.sender: lease and poll-interval must be"
                        + " positive, max-back-off at least initial-back-off");
            }
        }

        public static Sender defaults() {
            return new Sender(4, 50, Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofSeconds(1),
                    Duration.ofMinutes(1));
        }
    }
}
