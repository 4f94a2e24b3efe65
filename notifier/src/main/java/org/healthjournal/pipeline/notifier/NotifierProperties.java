package org.healthjournal.pipeline.notifier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

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
 * @param links how long the links in mails work ({@code pipeline.notifier.links.*})
 * @param categories the categories offered on {@code /subscribe} (besides those of published articles)
 * @param rateLimit limits on the open subscribe paths ({@code pipeline.notifier.rate-limit.*})
 */
@ConfigurationProperties("pipeline.notifier")
public record NotifierProperties(
        @DefaultValue("http://localhost:8084") String baseUrl,
        @DefaultValue("newsletter@healthjournal.example.org") String from,
        @DefaultValue("Health Journal") String siteName,
        String siteUrl,
        @DefaultValue("1m") Duration confirmationResendInterval,
        @DefaultValue Sender sender,
        @DefaultValue Links links,
        List<String> categories,
        @DefaultValue RateLimit rateLimit) {

    public NotifierProperties {
        baseUrl = withoutTrailingSlash(baseUrl);
        siteUrl = siteUrl == null || siteUrl.isBlank() ? baseUrl : withoutTrailingSlash(siteUrl);
        if (from == null || from.lastIndexOf('@') < 1 || from.lastIndexOf('@') == from.length() - 1) {
            throw new IllegalArgumentException("pipeline.notifier.from must be an address with a domain: " + from);
        }
        if (sender == null) {
            sender = Sender.defaults();
        }
        if (links == null) {
            links = new Links(Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(365));
        }
        categories = categories == null ? List.of() : categories.stream().map(String::strip)
                .filter(category -> !category.isEmpty()).distinct().toList();
        if (rateLimit == null) {
            rateLimit = new RateLimit(20, 5, Duration.ofHours(1));
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
     * @param connections parallel SMTP connections, one per sender thread. A sender spends most of
     *        its time waiting (for the SMTP server's answers, for the database), so a few more
     *        connections than cores keep both busy
     * @param batchSize article mails one sender leases at a time, sends over its connection and records
     *        in one transaction (their personal-link tokens too, before the first goes out). It bounds
     *        what a crash can cost: only the mails of the one batch in flight can go out twice (they
     *        are resent with the same Message-ID and counted uncertain); larger batches mean fewer
     *        database round trips and commits per mail
     * @param lease how long a leased batch belongs to its sender; a sender stops starting new mails
     *        once half of it is gone, so it must be well above the SMTP timeouts. A batch whose
     *        sender died is taken over when its lease has run out.
     * @param pollInterval how often an idle sender looks for due rows (a new announcement wakes it at once)
     * @param initialBackOff wait before the first retry of a mail that failed transiently; doubles per attempt
     * @param maxBackOff the longest wait between two attempts
     * @param suppressAfterBounces permanent refusals (5xx) of an address after which it gets no more article mails
     */
    public record Sender(
            @DefaultValue("12") int connections,
            @DefaultValue("100") int batchSize,
            @DefaultValue("2m") Duration lease,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("1s") Duration initialBackOff,
            @DefaultValue("1m") Duration maxBackOff,
            @DefaultValue("3") int suppressAfterBounces) {

        public Sender {
            if (connections < 1) {
                throw new IllegalArgumentException("pipeline.notifier.sender.connections must be at least 1");
            }
            if (suppressAfterBounces < 1) {
                throw new IllegalArgumentException("pipeline.notifier.sender.suppress-after-bounces must be at least 1");
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
            return new Sender(12, 100, Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofSeconds(1),
                    Duration.ofMinutes(1), 3);
        }
    }

    /**
     * @param confirmTtl a confirmation link works this long after it was mailed
     * @param manageTtl the manage link of a mail works this long after the mail was sent
     * @param unsubscribeTtl the unsubscribe link of a mail works this long (much longer: readers
     *        unsubscribe from old mails too); after it, the mail's token is deleted, so the table
     *        of tokens, one per mail sent, does not grow for ever
     */
    public record Links(@DefaultValue("7d") Duration confirmTtl, @DefaultValue("30d") Duration manageTtl,
            @DefaultValue("365d") Duration unsubscribeTtl) {

        public Links {
            if (confirmTtl.isNegative() || confirmTtl.isZero() || manageTtl.isNegative() || manageTtl.isZero()
                    || unsubscribeTtl.compareTo(manageTtl) < 0) {
                throw new IllegalArgumentException("pipeline.notifier.links: confirm-ttl and manage-ttl must be"
                        + " positive, unsubscribe-ttl at least manage-ttl");
            }
        }
    }

    /**
     * The open subscribe paths answer {@code 429} beyond these.
     *
     * @param perClientPerMinute requests one client (IP address) may make per minute; at least 10
     * @param perAddress subscribe requests for one mailbox per {@code addressWindow}, whoever sends them
     * @param addressWindow the window of {@code perAddress}
     */
    public record RateLimit(@DefaultValue("20") int perClientPerMinute, @DefaultValue("5") int perAddress,
            @DefaultValue("1h") Duration addressWindow) {

        public RateLimit {
            if (perClientPerMinute < 10) {
                throw new IllegalArgumentException("pipeline.notifier.rate-limit.per-client-per-minute must be at"
                        + " least 10: a household or office behind one address must still be able to subscribe");
            }
            if (perAddress < 1 || addressWindow.isNegative() || addressWindow.isZero()) {
                throw new IllegalArgumentException("pipeline.notifier.rate-limit: per-address must be at least 1,"
                        + " address-window positive");
            }
        }
    }
}
