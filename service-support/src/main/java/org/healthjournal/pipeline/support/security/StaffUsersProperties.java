package org.healthjournal.pipeline.support.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
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
    /** Server-rendered staff pages signed in with a form and a session; off unless a service has pages. */
    private WebLogin webLogin = new WebLogin();
    /** How long a verified sign-in is remembered, so HTTP Basic does not pay bcrypt on every call. */
    private CredentialCache credentialCache = new CredentialCache();

    public CredentialCache getCredentialCache() {
        return credentialCache;
    }

    public void setCredentialCache(CredentialCache credentialCache) {
        this.credentialCache = credentialCache;
    }

    /**
     * {@code pipeline.security.credential-cache.*}: a (user name, password) pair that passed the
     * stored-password check is trusted for {@code ttl} without checking it again (only a salted
     * SHA-256 of the password is kept, never the password). A wrong password is never remembered; a
     * changed or removed account is checked afresh at the latest after {@code ttl}. {@code ttl} 0
     * turns the cache off.
     */
    public static class CredentialCache {
        private Duration ttl = Duration.ofMinutes(5);
        /** At most this many sign-ins are remembered; the least recently used go first. */
        private long maxSize = 1_000;

        public Duration getTtl() {
            return ttl;
        }

        public void setTtl(Duration ttl) {
            this.ttl = ttl;
        }

        public long getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(long maxSize) {
            this.maxSize = maxSize;
        }
    }

    public WebLogin getWebLogin() {
        return webLogin;
    }

    public void setWebLogin(WebLogin webLogin) {
        this.webLogin = webLogin;
    }

    /**
     * {@code pipeline.security.web-login.*}: with {@code enabled}, the {@code pages} paths (and
     * {@code /login}, {@code /logout}) are signed in with a form at {@code /login}, a session and CSRF
     * protection; every other path, {@code /api/**} included, stays HTTP Basic and problem+json.
     */
    public static class WebLogin {
        private boolean enabled;
        /** Path patterns of the pages, e.g. {@code /drafts}, {@code /drafts/**}. */
        private List<String> pages = new ArrayList<>();
        /** Where a writer lands after signing in when no page was asked for. */
        private String home = "/";
        /** The service's name in the page header. */
        private String title = "Health Journal · Staff";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getPages() {
            return pages;
        }

        public void setPages(List<String> pages) {
            this.pages = pages;
        }

        public String getHome() {
            return home;
        }

        public void setHome(String home) {
            this.home = home;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

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
