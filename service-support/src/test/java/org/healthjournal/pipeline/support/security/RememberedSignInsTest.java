package org.healthjournal.pipeline.support.security;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedSignInsTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final CountingEncoder passwords = new CountingEncoder();
    private final AtomicLong nanos = new AtomicLong();
    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
            User.withUsername("alice").password("{noop}alice").roles("WRITER").build());
    private final RememberedSignIns signIns = signIns(users);

    @Test
    void aSecondSignInWithTheSamePasswordIsNotCheckedAgainstTheStoredPassword() {
        Authentication first = signIns.authenticate(basic("alice", "alice"));
        Authentication second = signIns.authenticate(basic("alice", "alice"));

        assertThat(passwords.checks).hasValue(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("alice");
        assertThat(second.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_WRITER");
        assertThat(second.getCredentials()).isNull();
        assertThat(first.getName()).isEqualTo("alice");
    }

    @Test
    void concurrentFirstSignInsOfTheSamePairShareOneCheckOfTheStoredPassword() throws Exception {
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Authentication>> signedIn = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                signedIn.add(pool.submit(() -> {
                    start.await();
                    return signIns.authenticate(basic("alice", "alice"));
                }));
            }
            start.countDown();
            for (Future<Authentication> each : signedIn) {
                assertThat(each.get(10, TimeUnit.SECONDS).getName()).isEqualTo("alice");
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(passwords.checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsRefusedEveryTimeAndCheckedEveryTime() {
        signIns.authenticate(basic("alice", "alice"));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> signIns.authenticate(basic("alice", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(passwords.checks).hasValue(4);
        assertThat(signIns.size()).isEqualTo(1);
    }

    @Test
    void anUnknownUserIsRefusedEveryTime() {
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> signIns.authenticate(basic("mallory", "mallory")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIns.size()).isZero();
    }

    @Test
    void afterTheTtlTheStoredPasswordIsCheckedAgain() {
        signIns.authenticate(basic("alice", "alice"));
        nanos.addAndGet(TTL.minusSeconds(1).toNanos());
        signIns.authenticate(basic("alice", "alice"));
        assertThat(passwords.checks).hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        signIns.authenticate(basic("alice", "alice"));
        assertThat(passwords.checks).hasValue(2);
    }

    @Test
    void aRemovedAccountIsRefusedOnceItsRememberedSignInExpired() {
        signIns.authenticate(basic("alice", "alice"));
        users.deleteUser("alice");

        nanos.addAndGet(TTL.plusSeconds(1).toNanos());
        assertThatThrownBy(() -> signIns.authenticate(basic("alice", "alice")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aChangedPasswordIsNeededOnceTheOldSignInExpired() {
        signIns.authenticate(basic("alice", "alice"));
        users.updateUser(User.withUsername("alice").password("{noop}new secret").roles("WRITER").build());

        nanos.addAndGet(TTL.plusSeconds(1).toNanos());
        assertThatThrownBy(() -> signIns.authenticate(basic("alice", "alice")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIns.authenticate(basic("alice", "new secret")).isAuthenticated()).isTrue();
    }

    @Test
    void anotherPasswordOfTheSameUserIsNotTakenForTheRememberedOne() {
        signIns.authenticate(basic("alice", "alice"));
        assertThatThrownBy(() -> signIns.authenticate(basic("alice", "alice ")))
                .isInstanceOf(BadCredentialsException.class);
    }

    private RememberedSignIns signIns(InMemoryUserDetailsManager users) {
        DaoAuthenticationProvider storedPasswords = new DaoAuthenticationProvider(users);
        storedPasswords.setPasswordEncoder(passwords);
        storedPasswords.setUserDetailsPasswordService(users);
        Ticker ticker = nanos::get;
        return new RememberedSignIns(storedPasswords, TTL, 100, ticker);
    }

    private static UsernamePasswordAuthenticationToken basic(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    /** Spring's delegating encoder, counting the stored-password checks. */
    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        private final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return encoder.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoder.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return encoder.upgradeEncoding(encoded);
        }
    }
}
