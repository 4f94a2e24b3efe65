package org.healthjournal.pipeline.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * Staff accounts allowed to use the writer, reviewer and editor APIs ({@code pipeline.security.*}).
 * Services ship with none: the local stack passes its demo users, production passes its own
 * (passwords in Spring's {@code {bcrypt}} / {@code {noop}} format).
 */
@ConfigurationProperties("pipeline.security")
public class StaffUsersProperties {

    private List<StaffUser> users = new ArrayList<>();
    /** Paths anyone may call without credentials (public pages, feeds, subscriptions). */
    private List<String> openPaths = new ArrayList<>();

    public List<StaffUser> getUsers() {
        return users;
    }

    public void setUsers(List<StaffUser> users) {
        this.users = users;
    }

    public List<String> getOpenPaths() {
        return openPaths;
    }

    public void setOpenPaths(List<String> openPaths) {
        this.openPaths = openPaths;
    }

    public static class StaffUser {
        private String name;
        private String password;
        private String email;
        private List<StaffRole> roles = new ArrayList<>();
        /** How readers see the person's name ("Dr Bob Rivera"); optional, the user name stands in. */
        private String displayName;
        /** Qualifications shown after the name ("MD, haematologist"); optional. */
        private String credentials;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public List<StaffRole> getRoles() {
            return roles;
        }

        public void setRoles(List<StaffRole> roles) {
            this.roles = roles;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getCredentials() {
            return credentials;
        }

        public void setCredentials(String credentials) {
            this.credentials = credentials;
        }
    }
}
