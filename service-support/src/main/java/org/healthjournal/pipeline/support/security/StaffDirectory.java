package org.healthjournal.pipeline.support.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks up staff members' e-mail addresses, roles and public profiles by user name. */
public class StaffDirectory {

    private final Map<String, StaffUsersProperties.StaffUser> users;

    public StaffDirectory(List<StaffUsersProperties.StaffUser> users) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(StaffUsersProperties.StaffUser::getName,
                Function.identity(), (first, second) -> first));
    }

    public Optional<String> emailOf(String name) {
        return Optional.ofNullable(users.get(name)).map(StaffUsersProperties.StaffUser::getEmail);
    }

    public boolean hasRole(String name, StaffRole role) {
        StaffUsersProperties.StaffUser user = users.get(name);
        return user != null && user.getRoles().contains(role);
    }

    /**
     * The name readers see: the configured display name, or the user name itself when the person
     * has none (or is no longer on staff), so that a byline is never empty.
     */
    public String displayNameOf(String name) {
        return Optional.ofNullable(users.get(name)).map(StaffUsersProperties.StaffUser::getDisplayName)
                .filter(displayName -> !displayName.isBlank()).map(String::strip).orElse(name);
    }

    /** The person's qualifications ("MD, haematologist"), if configured. */
    public Optional<String> credentialsOf(String name) {
        return Optional.ofNullable(users.get(name)).map(StaffUsersProperties.StaffUser::getCredentials)
                .filter(credentials -> !credentials.isBlank()).map(String::strip);
    }
}
