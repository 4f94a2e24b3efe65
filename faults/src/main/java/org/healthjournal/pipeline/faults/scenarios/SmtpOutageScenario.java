package org.healthjournal.pipeline.faults.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.healthjournal.pipeline.faults.client.HttpResult;
import org.healthjournal.pipeline.faults.report.Figure;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The SMTP server refuses connections for a while once the fan-out of this scenario's articles has
 * begun: every mail must still arrive, once, after it is back.
 */
public final class SmtpOutageScenario implements Scenario {

    @Override
    public String name() {
        return "3 SMTP outage";
    }

    @Override
    public String description() {
        return "the SMTP server refuses connections mid fan-out, then comes back";
    }

    @Override
    public Outcome run(SuiteContext context) throws Exception {
        Duration down = context.options().smtpDown();
        long sentBefore = deliveries(context).path("sent").asLong();
        List<String> notes = new ArrayList<>();
        BackgroundFault outage = BackgroundFault.start("smtp", () -> {
            // mid fan-out: as soon as this scenario's first article mail went out or its first
            // article was published (with few subscribers a whole batch is mailed in milliseconds)
            String titlePrefix = "Fault " + context.runId() + " smtp #";
            Awaitility.await("the first mail of this scenario").atMost(context.options().patience())
                    .pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                    .until(() -> context.watcher().published().stream()
                            .anyMatch(event -> event.title().startsWith(titlePrefix))
                            || deliveries(context).path("sent").asLong() > sentBefore);
            JsonNode atPause = deliveries(context);
            context.stack().pauseSmtp();
            notes.add("SMTP paused for " + down.toSeconds() + " s after " + (atPause.path("sent").asLong() - sentBefore)
                    + " mails of this scenario were sent (" + atPause.path("pending").asLong() + " pending then)");
            BackgroundFault.hold(down);
            context.stack().resumeSmtp();
        });
        ArticleFlowResult flow = new ArticleFlow(context).run("smtp", context.options().articles(),
                context.options().patience());
        outage.finish();

        PipelineFigures measured = new PipelineFigures(context);
        List<Figure> figures = new ArrayList<>(measured.measure(flow, context.options().patience().plus(down)));
        notes.addAll(measured.notes());
        return new Outcome(figures, notes);
    }

    private static JsonNode deliveries(SuiteContext context) throws IOException {
        HttpResult result = context.http().get(context.stack().notifierUrl() + "/api/deliveries", SuiteContext.EDITOR);
        if (result.status() != 200) {
            throw new IOException("deliveries: " + result);
        }
        return result.json();
    }
}
