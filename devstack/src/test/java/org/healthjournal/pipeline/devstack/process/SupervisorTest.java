package org.healthjournal.pipeline.devstack.process;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The supervisor with tiny shell children and millisecond back-off, so that nothing waits for long. */
class SupervisorTest {

    private static final Duration AT_MOST = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final AtomicInteger launches = new AtomicInteger();
    private final List<Supervisor> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        started.forEach(supervisor -> supervisor.stop(Duration.ofSeconds(5)));
    }

    @Test
    void restartsAChildThatExitsWithTheSameCommandAndNotesWhyInItsLog() throws IOException {
        Supervisor supervisor = supervise("echo run >> " + dir.resolve("runs.txt") + "; exec sleep 30",
                fastPolicy(5));
        long firstPid = supervisor.current().pid();
        supervisor.superviseRestarts();
        await().atMost(AT_MOST).until(() -> runs() == 1);

        supervisor.current().requestStop();

        await().atMost(AT_MOST).until(() -> supervisor.status().restarts() == 1
                && supervisor.status().state() == Supervisor.State.RUNNING);
        assertThat(supervisor.current().pid()).isNotEqualTo(firstPid);
        assertThat(supervisor.status().lastExitStatus()).isEqualTo(143);
        await().atMost(AT_MOST).until(() -> runs() == 2);
        assertThat(Files.readString(logFile()))
                .contains("=== devstack: child exited with status 143; restarting in 10 ms (restart 1 in the last minute) ===");
    }

    @Test
    void writesTheNewPidAfterEveryRestart() {
        Supervisor supervisor = supervise("exec sleep 30", fastPolicy(5));
        Path pidFile = dir.resolve("pids/child.pid");
        assertThat(pidFile).hasContent(String.valueOf(supervisor.current().pid()));
        supervisor.superviseRestarts();

        ProcessHandle.of(supervisor.current().pid()).ifPresent(ProcessHandle::destroyForcibly);

        await().atMost(AT_MOST).until(() -> supervisor.status().restarts() == 1
                && supervisor.status().state() == Supervisor.State.RUNNING);
        assertThat(supervisor.status().lastExitStatus()).as("SIGKILL").isEqualTo(137);
        assertThat(pidFile).hasContent(String.valueOf(supervisor.current().pid()));
    }

    @Test
    void givesUpOnAChildThatKeepsDyingAndSaysSo() throws IOException {
        Supervisor supervisor = supervise("exit 3", fastPolicy(3));
        supervisor.superviseRestarts();

        await().atMost(AT_MOST).until(() -> supervisor.status().state() == Supervisor.State.GAVE_UP);

        assertThat(supervisor.status().restarts()).isEqualTo(3);
        assertThat(launches).hasValue(4);
        assertThat(supervisor.status().lastExitStatus()).isEqualTo(3);
        assertThat(dir.resolve("pids/child.pid")).doesNotExist();
        assertThat(Files.readString(logFile()))
                .contains("restarting in 10 ms (restart 1 in the last minute)",
                        "restarting in 20 ms (restart 2 in the last minute)",
                        "restarting in 40 ms (restart 3 in the last minute)",
                        "child exited with status 3 and was restarted 3 times in the last minute; GIVING UP on child");
    }

    @Test
    void restartsNothingWhenStopped() {
        Supervisor supervisor = supervise("exec sleep 30", fastPolicy(5));
        supervisor.superviseRestarts();
        ChildProcess child = supervisor.current();

        supervisor.stop(Duration.ofSeconds(5));

        assertThat(child.isAlive()).isFalse();
        assertThat(dir.resolve("pids/child.pid")).doesNotExist();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> launches.get() == 1
                && supervisor.status().state() == Supervisor.State.STOPPED);
    }

    @Test
    void leavesAChildThatDiesBeforeSupervisionBeginsToTheCaller() {
        Supervisor supervisor = supervise("exit 3", fastPolicy(5));
        await().atMost(AT_MOST).until(() -> !supervisor.current().isAlive());

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> launches.get() == 1);

        supervisor.superviseRestarts();
        await().atMost(AT_MOST).until(() -> launches.get() > 1);
    }

    @Test
    void killAndHoldDownKeepsTheChildDownForTheHoldThenRestartsIt() {
        Supervisor supervisor = supervise("exec sleep 30", fastPolicy(5));
        supervisor.superviseRestarts();
        ChildProcess first = supervisor.current();

        long killedAt = System.nanoTime();
        supervisor.killAndHoldDown(Duration.ofMillis(1500));

        await().atMost(AT_MOST).until(() -> !first.isAlive());
        // the policy alone would restart it after 10 ms
        await().during(Duration.ofMillis(1000)).atMost(Duration.ofSeconds(2)).until(() -> launches.get() == 1
                && supervisor.status().state() == Supervisor.State.RESTARTING);
        await().atMost(AT_MOST).until(() -> supervisor.status().restarts() == 1
                && supervisor.status().state() == Supervisor.State.RUNNING);
        assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(supervisor.status().lastExitStatus()).as("SIGKILL").isEqualTo(137);
    }

    @Test
    void killAndHoldDownAppliesOnlyToTheKillItCameWith() {
        Supervisor supervisor = supervise("exec sleep 30", fastPolicy(5));
        supervisor.superviseRestarts();
        supervisor.killAndHoldDown(Duration.ZERO);
        await().atMost(AT_MOST).until(() -> supervisor.status().restarts() == 1
                && supervisor.status().state() == Supervisor.State.RUNNING);

        long crashedAt = System.nanoTime();
        ProcessHandle.of(supervisor.current().pid()).ifPresent(ProcessHandle::destroyForcibly);

        await().atMost(AT_MOST).until(() -> supervisor.status().restarts() == 2
                && supervisor.status().state() == Supervisor.State.RUNNING);
        assertThat(Duration.ofNanos(System.nanoTime() - crashedAt)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void killAndHoldDownRefusesAChildThatIsNotSupervised() {
        Supervisor supervisor = supervise("exec sleep 30", fastPolicy(5));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> supervisor.killAndHoldDown(Duration.ZERO))
                .isInstanceOf(IllegalStateException.class);
        assertThat(supervisor.current().isAlive()).isTrue();
    }

    @Test
    void describesWaitsInSecondsOrMilliseconds() {
        assertThat(Supervisor.describe(Duration.ofSeconds(2))).isEqualTo("2 s");
        assertThat(Supervisor.describe(Duration.ofMillis(250))).isEqualTo("250 ms");
    }

    private Supervisor supervise(String script, RestartPolicy policy) {
        Supervisor supervisor = Supervisor.start("child", () -> {
            launches.incrementAndGet();
            return ChildProcess.start("child", List.of("sh", "-c", script), Map.of(), logFile());
        }, policy, dir.resolve("pids/child.pid"));
        started.add(supervisor);
        return supervisor;
    }

    private int runs() throws IOException {
        Path runs = dir.resolve("runs.txt");
        return Files.exists(runs) ? Files.readAllLines(runs).size() : 0;
    }

    private Path logFile() {
        return dir.resolve("logs/child.log");
    }

    /** 10 ms, 20 ms, 40 ms, … at most 80 ms apart. */
    private static RestartPolicy fastPolicy(int maxRestartsPerMinute) {
        return new RestartPolicy(Duration.ofMillis(10), Duration.ofMillis(80), maxRestartsPerMinute,
                Duration.ofMinutes(1));
    }
}
