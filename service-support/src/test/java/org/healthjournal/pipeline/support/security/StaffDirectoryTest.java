package org.healthjournal.pipeline.support.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StaffDirectoryTest {

    private final StaffDirectory directory = new StaffDirectory(List.of(
            user("drbob", "Dr Bob Rivera", "MD, haematologist"),
            user("alice", null, "  "),
            user("dana", "  ", null)));

    @Test
    void profileGivesDisplayNameAndCredentials() {
        assertThat(directory.displayNameOf("drbob")).isEqualTo("Dr Bob Rivera");
        assertThat(directory.credentialsOf("drbob")).contains("MD, haematologist");
    }

    @Test
    void withoutProfileTheUserNameStandsInAndThereAreNoCredentials() {
        assertThat(directory.displayNameOf("alice")).isEqualTo("alice");
        assertThat(directory.credentialsOf("alice")).isEmpty();
        assertThat(directory.displayNameOf("dana")).isEqualTo("dana");
        assertThat(directory.credentialsOf("dana")).isEmpty();
    }

    @Test
    void someoneNoLongerOnStaffKeepsTheirUserName() {
        assertThat(directory.displayNameOf("former")).isEqualTo("former");
        assertThat(directory.credentialsOf("former")).isEmpty();
    }

    private static StaffUsersProperties.StaffUser user(String name, String displayName, String credentials) {
        StaffUsersProperties.StaffUser user = new StaffUsersProperties.StaffUser();
        user.setName(name);
        user.setPassword("{noop}" + name);
        user.setDisplayName(displayName);
        user.setCredentials(credentials);
        return user;
    }
}
