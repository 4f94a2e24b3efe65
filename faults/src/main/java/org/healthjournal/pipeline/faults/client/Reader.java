package org.healthjournal.pipeline.faults.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reader who subscribes and confirms with the link from the confirmation mail (double opt-in). */
public final class Reader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://[^\\s<>\"]+/subscriptions/confirm\\?token=[^\\s<>\"]+");

    private final StaffHttp http;
    private final String notifierUrl;
    private final Mailboxes mailboxes;

    public Reader(StaffHttp http, String notifierUrl, Mailboxes mailboxes) {
        this.http = http;
        this.notifierUrl = notifierUrl;
        this.mailboxes = mailboxes;
    }

    public void subscribeAndConfirm(String address, Duration patience) throws IOException {
        HttpResult subscribed = http.post(notifierUrl + "/api/subscriptions", JSON.createObjectNode().put("email", address),
                null);
        if (subscribed.status() != 202) {
            throw new IllegalStateException("subscribing " + address + " failed: " + subscribed);
        }
        String link = Awaitility.await("the confirmation mail of " + address).atMost(patience)
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> mailboxes.texts(address).stream().map(Reader::confirmLink)
                        .flatMap(Optional::stream).findFirst(), Optional::isPresent)
                .orElseThrow();
        HttpResult confirmed = http.get(link, null);
        if (confirmed.status() != 200) {
            throw new IllegalStateException("confirming " + address + " failed: " + confirmed);
        }
    }

    static Optional<String> confirmLink(String text) {
        Matcher matcher = CONFIRM_LINK.matcher(text.replace("=\r\n", "").replace("&amp;", "&"));
        return matcher.find() ? Optional.of(matcher.group().replaceAll("[.,;:)\\]]+$", "")) : Optional.empty();
    }
}
