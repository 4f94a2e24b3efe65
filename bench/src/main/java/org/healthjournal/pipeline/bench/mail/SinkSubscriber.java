package org.healthjournal.pipeline.bench.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.healthjournal.pipeline.faults.client.HttpResult;
import org.healthjournal.pipeline.faults.client.StaffHttp;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A reader who subscribes through the notifier's public API and confirms with the link from the
 * confirmation mail, read from the sink's dumps (double opt-in, as a real reader does it).
 */
public final class SinkSubscriber {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StaffHttp http;
    private final String notifierUrl;
    private final SinkInbox inbox;

    public SinkSubscriber(StaffHttp http, String notifierUrl, SinkInbox inbox) {
        this.http = http;
        this.notifierUrl = notifierUrl;
        this.inbox = inbox;
    }

    /** Subscribes {@code address} to {@code categories} only and confirms it. */
    public void subscribeAndConfirm(String address, List<String> categories, Duration patience)
            throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode().put("email", address);
        categories.forEach(request.putArray("categories")::add);
        HttpResult subscribed = http.post(notifierUrl + "/api/subscriptions", request, null);
        if (subscribed.status() != 202) {
            throw new IllegalStateException("subscribing " + address + " failed: " + subscribed);
        }
        String link = inbox.await(mail -> mail.isTo(address)
                                && SinkInbox.confirmLink(SinkInbox.text(mail)).isPresent(), patience,
                        Duration.ofMillis(50))
                .flatMap(mail -> SinkInbox.confirmLink(SinkInbox.text(mail)))
                .orElseThrow(() -> new IllegalStateException("no confirmation mail for " + address
                        + " in the sink within " + patience));
        HttpResult confirmed = http.get(link, null);
        if (confirmed.status() != 200) {
            throw new IllegalStateException("confirming " + address + " failed: " + confirmed);
        }
    }
}
