package org.healthjournal.pipeline.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Checks a (user name, password) sign-in against the stored password once, then trusts the same
 * pair for a short while. HTTP Basic sends the password with every API call, and the stored
 * passwords are bcrypt hashes (Spring Security upgrades {@code {noop}} ones on first sign-in): a
 * bcrypt check per request costs tens of milliseconds of CPU and capped a service at a few dozen
 * requests a second. Stored passwords stay bcrypt; only the repeat check is skipped.
 *
 * <ul>
 *   <li>The cache never holds a password: its key is the user name with a SHA-256 of the password
 *       salted with a random value of this process, its value the signed-in principal.</li>
 *   <li>Only successes are remembered: a wrong password goes to the stored-password check every
 *       time, so guessing costs as much as before.</li>
 *   <li>Entries expire {@code ttl} after the check, so a changed or removed account is checked
 *       afresh at the latest then; at most {@code maxSize} entries are kept.</li>
 * </ul>
 */
public class RememberedSignIns implements AuthenticationProvider {

    private final AuthenticationProvider storedPasswords;
    private final Cache<String, Authentication> verified;
    private final byte[] salt = new byte[32];

    /**
     * @param storedPasswords the provider that checks against the stored (bcrypt) passwords
     * @param ticker          the clock of the expiry ({@link Ticker#systemTicker()}; tests pass their own)
     */
    public RememberedSignIns(AuthenticationProvider storedPasswords, Duration ttl, long maxSize, Ticker ticker) {
        this.storedPasswords = storedPasswords;
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maxSize)
                .ticker(ticker)
                .build();
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        if (!(request.getCredentials() instanceof String password) || request.getName() == null) {
            return storedPasswords.authenticate(request);
        }
        String key = key(request.getName(), password);
        Authentication known = verified.getIfPresent(key);
        if (known == null) {
            // one check per pair at a time: concurrent first calls of the same pair (a client opening
            // several connections at once) wait for that check instead of each paying for bcrypt. It
            // throws on a wrong password or an unknown user, and nothing is remembered then.
            known = verified.get(key, unknown -> rememberable(storedPasswords.authenticate(request)));
            if (known == null) {
                // the stored-password provider abstained: let the next provider decide
                return null;
            }
        }
        UsernamePasswordAuthenticationToken again = UsernamePasswordAuthenticationToken.authenticated(
                known.getPrincipal(), null, known.getAuthorities());
        again.setDetails(request.getDetails());
        return again;
    }

    /** What is remembered of a successful check: the principal and authorities, never the password. */
    private static Authentication rememberable(Authentication result) {
        if (result == null || !result.isAuthenticated()) {
            return null;
        }
        return UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(), null, result.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return storedPasswords.supports(authentication);
    }

    /** How many sign-ins are remembered now (for tests and diagnostics). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private String key(String name, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            return name + '\u0000' + HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
