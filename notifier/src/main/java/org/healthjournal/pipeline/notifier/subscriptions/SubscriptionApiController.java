package org.healthjournal.pipeline.notifier.subscriptions;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/**
 * Open endpoint behind the journal's "subscribe" forms: always {@code 202} for a valid request,
 * whatever the address's state, and the confirmation mail goes out later, off this thread.
 */
@RestController
class SubscriptionApiController {

    private final Subscriptions subscriptions;
    private final SubscribeRateLimits limits;

    SubscriptionApiController(Subscriptions subscriptions, SubscribeRateLimits limits) {
        this.subscriptions = subscriptions;
        this.limits = limits;
    }

    @PostMapping("/api/subscriptions")
    ResponseEntity<SubscriptionAccepted> subscribe(@Valid @RequestBody SubscribeRequest request) {
        Duration wait = limits.address(request.email());
        if (!wait.isZero()) {
            throw new TooManyRequestsException(wait);
        }
        subscriptions.subscribe(request.email(), request.categories());
        return ResponseEntity.accepted().body(SubscriptionAccepted.PENDING_CONFIRMATION);
    }
}
