package org.healthjournal.pipeline.notifier.subscriptions;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * The links in our mails. {@code POST /subscriptions/unsubscribe} is the RFC 8058 one-click
 * target that mail clients call from the {@code List-Unsubscribe} header.
 */
@RestController
class SubscriptionPagesController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final Subscriptions subscriptions;
    private final SubscriptionLinks links;
    private final SubscriptionPages pages;

    SubscriptionPagesController(Subscriptions subscriptions, SubscriptionLinks links, SubscriptionPages pages) {
        this.subscriptions = subscriptions;
        this.links = links;
        this.pages = pages;
    }

    @GetMapping(SubscriptionLinks.CONFIRM_PATH)
    ResponseEntity<String> confirm(@RequestParam(required = false) String token) {
        return known(token)
                ? subscriptions.confirm(token)
                        .map(subscriber -> html(HttpStatus.OK, pages.subscribed(links.unsubscribe(subscriber.unsubscribeToken()))))
                        .orElseGet(this::invalidLink)
                : invalidLink();
    }

    @GetMapping(SubscriptionLinks.UNSUBSCRIBE_PATH)
    ResponseEntity<String> unsubscribeForm(@RequestParam(required = false) String token) {
        return known(token)
                ? subscriptions.findByUnsubscribeToken(token)
                        .map(subscriber -> html(HttpStatus.OK, pages.unsubscribeForm(subscriber.email(), token)))
                        .orElseGet(this::invalidLink)
                : invalidLink();
    }

    @PostMapping(SubscriptionLinks.UNSUBSCRIBE_PATH)
    ResponseEntity<String> unsubscribe(@RequestParam(required = false) String token) {
        return known(token)
                ? subscriptions.unsubscribe(token)
                        .map(subscriber -> html(HttpStatus.OK, pages.unsubscribed()))
                        .orElseGet(this::invalidLink)
                : invalidLink();
    }

    private static boolean known(String token) {
        return token != null && !token.isBlank();
    }

    private ResponseEntity<String> invalidLink() {
        return html(HttpStatus.NOT_FOUND, pages.invalidLink());
    }

    private static ResponseEntity<String> html(HttpStatus status, String page) {
        return ResponseEntity.status(status).contentType(HTML).body(page);
    }
}
