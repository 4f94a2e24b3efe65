package org.healthjournal.pipeline.faults.scenarios;

import org.healthjournal.pipeline.devstack.services.Service;
import org.healthjournal.pipeline.faults.report.Figure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each of the four services is killed with SIGKILL once, at a random moment while articles are
 * being submitted, reviewed, published and mailed, and restarted by devstack's supervisor.
 */
public final class ServiceKillsScenario implements Scenario {

    private static final Logger log = LoggerFactory.getLogger(ServiceKillsScenario.class);

    @Override
    public String name() {
        return "1 service kills";
    }

    @Override
    public String description() {
        return "each service SIGKILLed once at a random moment and restarted by the supervisor";
    }

    @Override
    public Outcome run(SuiteContext context) throws Exception {
        Map<String, Integer> restartsBefore = new LinkedHashMap<>();
        Map<String, Duration> killAt = new LinkedHashMap<>();
        long windowMillis = context.options().killWindow().toMillis();
        for (Service service : Service.values()) {
            restartsBefore.put(service.moduleName(), StackHealth.restarts(context, service.moduleName()));
            killAt.put(service.moduleName(), Duration.ofMillis(500 + (long) (context.random().nextDouble() * windowMillis)));
        }
        Set<String> killed = ConcurrentHashMap.newKeySet();
        List<String> notes = new ArrayList<>();
        long start = System.nanoTime();
        BackgroundFault kills = BackgroundFault.start("service-kills", () -> {
            List<Map.Entry<String, Duration>> plan = new ArrayList<>(killAt.entrySet());
            plan.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
            for (Map.Entry<String, Duration> kill : plan) {
                BackgroundFault.hold(kill.getValue().minusNanos(System.nanoTime() - start));
                context.stack().killAndHoldDown(kill.getKey(), Duration.ZERO);
                killed.add(kill.getKey());
                notes.add(kill.getKey() + " SIGKILLed at +" + kill.getValue().toMillis() / 1000.0 + " s");
                log.info("SIGKILLed {}", kill.getKey());
            }
        });

        ArticleFlowResult flow = new ArticleFlow(context).run("kills", context.options().articles(),
                context.options().patience());
        kills.finish();
        StackHealth.awaitAllUp(context, Duration.ofMinutes(3));
        long restarted = restartsBefore.entrySet().stream()
                .filter(entry -> StackHealth.restarts(context, entry.getKey()) == entry.getValue() + 1).count();

        PipelineFigures measured = new PipelineFigures(context);
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.countOf("children killed+restarted", Math.min(killed.size(), restarted), Service.values().length));
        figures.addAll(measured.measure(flow, context.options().patience()));
        notes.addAll(measured.notes());
        return new Outcome(figures, notes);
    }
}
