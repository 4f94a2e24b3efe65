package org.healthjournal.pipeline.ingest.drafts;

import org.healthjournal.pipeline.support.security.StaffRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in staff member making a request, and what that lets them see. */
public record Caller(String name, Set<StaffRole> roles) {

    public static Caller of(Authentication authentication) {
        Set<StaffRole> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .filter(Caller::isStaffRole)
                .map(StaffRole::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(authentication.getName(), roles);
    }

    public boolean isEditor() {
        return roles.contains(StaffRole.EDITOR);
    }

    /** Writers see their own drafts; editors and medical reviewers see every draft. */
    public boolean canRead(Draft draft) {
        return isAuthorOf(draft) || isEditor() || roles.contains(StaffRole.REVIEWER);
    }

    public boolean isAuthorOf(Draft draft) {
        return draft.author().equals(name);
    }

    private static boolean isStaffRole(String role) {
        for (StaffRole known : StaffRole.values()) {
            if (known.name().equals(role)) {
                return true;
            }
        }
        return false;
    }
}
