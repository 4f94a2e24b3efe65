package org.healthjournal.pipeline.notifier.subscriptions;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reader asks for new articles by e-mail. */
public record SubscribeRequest(
        @NotBlank(message = "is required")
        @Size(max = 254, message = "must be at most 254 characters")
        // @Email alone accepts "someone@localhost"; a journal's readers have a dotted domain
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a valid e-mail address")
        String email) {

    public SubscribeRequest {
        email = email == null ? null : email.strip();
    }
}
