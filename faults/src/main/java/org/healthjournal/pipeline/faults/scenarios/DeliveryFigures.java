package org.healthjournal.pipeline.faults.scenarios;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts article mails in the subscribers' inboxes by their deterministic
 * {@code Message-ID: <article-{articleId}.{subscriberId}@domain>}. A mail sent again with the
 * same Message-ID (the genuinely uncertain SMTP case) is an "uncertain resend": a mail client
 * shows it once. A real duplicate is a second, different Message-ID for the same article in the
 * same inbox.
 *
 * @param delivered        distinct (inbox, article) pairs that got the article
 * @param duplicates       extra distinct Message-IDs for the same (inbox, article)
 * @param uncertainResends messages beyond the first with the same Message-ID in the same inbox
 */
public record DeliveryFigures(long delivered, long duplicates, long uncertainResends) {

    private static final Pattern ARTICLE_MESSAGE_ID = Pattern.compile("<article-([^.>]+)\\.([^@>]+)@[^>]+>");

    /** @param inboxes each subscriber's Message-IDs, one entry per message */
    public static DeliveryFigures count(Map<String, List<String>> inboxes, Set<String> articleIds) {
        long delivered = 0;
        long duplicates = 0;
        long resends = 0;
        for (List<String> messageIds : inboxes.values()) {
            Map<String, Set<String>> idsByArticle = new HashMap<>();
            Set<String> seen = new HashSet<>();
            for (String messageId : messageIds) {
                Matcher matcher = ARTICLE_MESSAGE_ID.matcher(messageId);
                if (!matcher.matches() || !articleIds.contains(matcher.group(1))) {
                    continue;
                }
                if (!seen.add(messageId)) {
                    resends++;
                }
                idsByArticle.computeIfAbsent(matcher.group(1), article -> new HashSet<>()).add(messageId);
            }
            delivered += idsByArticle.size();
            duplicates += idsByArticle.values().stream().mapToLong(ids -> ids.size() - 1).sum();
        }
        return new DeliveryFigures(delivered, duplicates, resends);
    }
}
