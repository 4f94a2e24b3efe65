package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * One medical reviewer's sign-off, as a reader is shown it: the login, the display name and
 * credentials from the staff profiles (e.g. "Dr Bob Rivera", "MD, haematologist"), and when.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewerSignOff(String username, String displayName, String credentials, Instant reviewedAt) {

    /** "Dr Bob Rivera, MD, haematologist", or the login when no profile names the reviewer. */
    public String line() {
        String name = displayName == null || displayName.isBlank() ? username : displayName;
        return credentials == null || credentials.isBlank() ? name : name + ", " + credentials;
    }
}
