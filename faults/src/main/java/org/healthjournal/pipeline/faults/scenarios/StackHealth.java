package org.healthjournal.pipeline.faults.scenarios;

import org.awaitility.Awaitility;
import org.healthjournal.pipeline.devstack.process.ChildStatus;
import org.healthjournal.pipeline.devstack.process.Supervisor;
import org.healthjournal.pipeline.devstack.services.Service;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Waits until the supervisor has every child running again and every service answers UP. */
final class StackHealth {

    private StackHealth() {
    }

    static void awaitAllUp(SuiteContext context, Duration patience) {
        Awaitility.await("every child running and every service UP").atMost(patience)
                .pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
                    List<ChildStatus> children = context.stack().children();
                    boolean running = children.stream().allMatch(child -> child.alive()
                            && child.state() == Supervisor.State.RUNNING);
                    return running && allUp(context);
                });
    }

    private static boolean allUp(SuiteContext context) throws IOException {
        for (Service service : Service.values()) {
            if (context.http().get(context.stack().baseUrl(service) + "/actuator/health", null).status() != 200) {
                return false;
            }
        }
        return true;
    }

    static int restarts(SuiteContext context, String name) {
        return context.stack().children().stream().filter(child -> child.name().equals(name))
                .mapToInt(ChildStatus::restarts).findFirst().orElseThrow();
    }
}
