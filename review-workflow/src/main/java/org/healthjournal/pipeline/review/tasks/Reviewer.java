package org.healthjournal.pipeline.review.tasks;

import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in staff member as the engine sees them. Candidate groups come from the staff roles,
 * so the staff directory stays the one place that says who is a medical reviewer.
 */
public record Reviewer(String name, Set<String> groups) {

    private static final Map<String, String> GROUP_OF_ROLE = Map.of(
            "ROLE_REVIEWER", MedicalReviewProcess.REVIEWER_GROUP,
            // editors see a review task only once it is overdue and offered to them too
            "ROLE_EDITOR", MedicalReviewProcess.EDITOR_GROUP);

    public Reviewer {
        groups = Set.copyOf(groups);
    }

    public static Reviewer of(Authentication authentication) {
        Set<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(GROUP_OF_ROLE::get)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return new Reviewer(authentication.getName(), groups);
    }
}
