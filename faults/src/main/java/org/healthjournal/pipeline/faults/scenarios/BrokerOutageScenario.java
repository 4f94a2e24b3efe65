package org.healthjournal.pipeline.faults.scenarios;

import org.healthjournal.pipeline.faults.report.Figure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kafka broker is killed with SIGKILL mid-run and kept down for a while before the supervisor
 * restarts it on the same log directory: producers must get 503s (not lose drafts), outboxes must
 * hold their events and relay them later, consumers must pick up where they committed.
 */
public final class BrokerOutageScenario implements Scenario {

    @Override
    public String name() {
        return "2 broker outage";
    }

    @Override
    public String description() {
        return "the Kafka broker SIGKILLed mid-run and held down, then restarted";
    }

    @Override
    public Outcome run(SuiteContext context) throws Exception {
        Duration down = context.options().brokerDown();
        int restartsBefore = StackHealth.restarts(context, "kafka");
        List<String> notes = new ArrayList<>();
        // a moment within the first half of the kill window: drafts and approvals are in flight then
        Duration killAt = Duration.ofMillis(1000 + (long) (context.random().nextDouble()
                * context.options().killWindow().toMillis() / 2));
        BackgroundFault outage = BackgroundFault.start("broker", () -> {
            BackgroundFault.hold(killAt);
            context.stack().killAndHoldDown("kafka", down);
            notes.add("broker SIGKILLed at +" + killAt.toMillis() / 1000.0 + " s, held down " + down.toSeconds() + " s");
        });
        ArticleFlowResult flow = new ArticleFlow(context).run("broker", context.options().articles(),
                context.options().patience());
        outage.finish();
        StackHealth.awaitAllUp(context, Duration.ofMinutes(3));

        PipelineFigures measured = new PipelineFigures(context);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.exactly("broker restarts", StackHealth.restarts(context, "kafka") - restartsBefore, 1));
        figures.addAll(measured.measure(flow, context.options().patience()));
        notes.addAll(measured.notes());
        return new Outcome(figures, notes);
    }
}
