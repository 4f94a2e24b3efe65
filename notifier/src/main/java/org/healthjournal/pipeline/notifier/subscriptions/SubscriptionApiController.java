package org.healthjournal.pipeline.notifier.subscriptions;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Open endpoint behind the journal's "subscribe" form. */
@RestController
class SubscriptionApiController {

    private final Subscriptions subscriptions;

    SubscriptionApiController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping("/api/subscriptions")
    ResponseEntity<SubscriptionAccepted> subscribe(@Valid @RequestBody SubscribeRequest request) {
        subscriptions.subscribe(request.email());
        return ResponseEntity.accepted().body(SubscriptionAccepted.PENDING_CONFIRMATION);
    }
}
