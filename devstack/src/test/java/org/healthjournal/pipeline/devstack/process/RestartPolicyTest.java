package org.healthjournal.pipeline.devstack.process;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestartPolicyTest {

    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final Duration QUICK = Duration.ofMillis(200);

    private final RestartPolicy policy = RestartPolicy.standard();

    @Test
    void waitsOneSecondBeforeTheFirstRestart() {
        RestartDecision decision = policy.afterExit(T0, Duration.ofMinutes(10));

        assertThat(decision.restart()).isTrue();
        assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(decision.restartsInWindow()).isEqualTo(1);
    }

    @Test
    void doublesTheWaitEachTimeTheChildDiesAgainSoon() {
        List<Duration> delays = new ArrayList<>();
        Instant now = T0;
        for (int i = 0; i < 5; i++) {
            RestartDecision decision = policy.afterExit(now, QUICK);
            delays.add(decision.delay());
            now = now.plus(decision.delay()).plus(QUICK);
        }

        assertThat(delays).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L);
    }

    @Test
    void countsTheRestartsInTheLastMinute() {
        assertThat(policy.afterExit(T0, QUICK).restartsInWindow()).isEqualTo(1);
        assertThat(policy.afterExit(T0.plusSeconds(2), QUICK).restartsInWindow()).isEqualTo(2);
        assertThat(policy.afterExit(T0.plusSeconds(61), QUICK).restartsInWindow()).as("the first is over a minute ago")
                .isEqualTo(2);
    }

    @Test
    void givesUpOnTheSixthExitWithinAMinute() {
        for (int i = 0; i < 5; i++) {
            assertThat(policy.afterExit(T0.plusSeconds(i * 10L), QUICK).restart()).isTrue();
        }

        RestartDecision sixth = policy.afterExit(T0.plusSeconds(59), QUICK);

        assertThat(sixth.restart()).isFalse();
        assertThat(sixth.restartsInWindow()).isEqualTo(5);
    }

    @Test
    void restartsAgainWhenTheEarlierRestartsAreMoreThanAMinuteAgo() {
        for (int i = 0; i < 5; i++) {
            policy.afterExit(T0.plusSeconds(i), QUICK);
        }

        RestartDecision later = policy.afterExit(T0.plusSeconds(61), QUICK);

        assertThat(later.restart()).isTrue();
        assertThat(later.restartsInWindow()).as("the restarts at 2, 3 and 4 s, and this one").isEqualTo(4);
    }

    @Test
    void capsTheWaitAtThirtySeconds() {
        RestartPolicy generous = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 100,
                Duration.ofMinutes(1));
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            delays.add(generous.afterExit(T0.plusSeconds(i), QUICK).delay().toSeconds());
        }

        assertThat(delays).startsWith(1L, 2L, 4L, 8L, 16L, 30L, 30L).allMatch(delay -> delay <= 30);
    }

    @Test
    void startsTheBackOffAgainAfterTheChildRanForAMinute() {
        policy.afterExit(T0, QUICK);
        policy.afterExit(T0.plusSeconds(2), QUICK);
        assertThat(policy.afterExit(T0.plusSeconds(5), QUICK).delay()).isEqualTo(Duration.ofSeconds(4));

        RestartDecision afterAStableRun = policy.afterExit(T0.plusSeconds(100), Duration.ofSeconds(90));

        assertThat(afterAStableRun.delay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void rejectsANonsensicalConfiguration() {
        assertThatThrownBy(() -> new RestartPolicy(Duration.ZERO, Duration.ofSeconds(30), 5, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstDelay");
        assertThatThrownBy(() -> new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRestartsPerWindow");
    }
}
