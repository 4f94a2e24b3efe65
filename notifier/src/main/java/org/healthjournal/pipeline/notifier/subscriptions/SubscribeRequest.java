package org.healthjournal.pipeline.notifier.subscriptions;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A reader asks for new articles by e-mail.
 *
 * @param categories the categories to get mail for; none (or null) = every category
 */
public record SubscribeRequest(
        @NotBlank(message = "is required")
        @Size(max = 254, message = "must be at most 254 characters")
        // @Email alone accepts "someone@localhost"; a journal's readers have a dotted domain
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a valid e-mail address")
        String email,
        @Size(max = 50, message = "must name at most 50 categories")
        List<@NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters") String> categories) {

    public SubscribeRequest {
        email = email == null ? null : email.strip();
        categories = categories == null ? List.of() : List.copyOf(categories.stream().map(c -> c == null ? "" : c).toList());
    }
}
