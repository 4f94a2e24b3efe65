package org.healthjournal.pipeline.faults;

import org.healthjournal.pipeline.devstack.LocalStack;
import org.healthjournal.pipeline.devstack.StackSettings;
import org.healthjournal.pipeline.devstack.services.Service;
import org.healthjournal.pipeline.faults.client.Mailboxes;
import org.healthjournal.pipeline.faults.client.Reader;
import org.healthjournal.pipeline.faults.client.StaffHttp;
import org.healthjournal.pipeline.faults.kafka.TopicWatcher;
import org.healthjournal.pipeline.faults.report.ReportJson;
import org.healthjournal.pipeline.faults.report.ReportTable;
import org.healthjournal.pipeline.faults.report.ScenarioResult;
import org.healthjournal.pipeline.faults.scenarios.BrokerOutageScenario;
import org.healthjournal.pipeline.faults.scenarios.DeadLetterReplayScenario;
import org.healthjournal.pipeline.faults.scenarios.PoisonScenario;
import org.healthjournal.pipeline.faults.scenarios.Scenario;
import org.healthjournal.pipeline.faults.scenarios.ServiceKillsScenario;
import org.healthjournal.pipeline.faults.scenarios.SmtpOutageScenario;
import org.healthjournal.pipeline.faults.scenarios.SuiteContext;
import org.healthjournal.pipeline.faults.stack.ServiceDatabases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The fault suite: starts the whole local stack on free ports (a real KRaft broker, GreenMail and
 * the four services as supervised child processes), runs the scenarios one after the other on it,
 * prints the figures as a table and writes them as JSON. The stack is stopped on every way out,
 * including Ctrl-C (a shutdown hook) and a failing scenario.
 */
public final class FaultSuite {

    public static final int EXIT_PASS = 0;
    public static final int EXIT_FAIL = 1;
    public static final int EXIT_USAGE = 64;

    private static final Logger log = LoggerFactory.getLogger(FaultSuite.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration CONFIRMATION_PATIENCE = Duration.ofSeconds(60);

    private FaultSuite() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        SuiteOptions options;
        try {
            options = SuiteOptions.parse(args, SuiteOptions.full(home()));
        } catch (SuiteOptions.HelpRequested help) {
            out.println(SuiteOptions.USAGE);
            return EXIT_PASS;
        } catch (IllegalArgumentException e) {
            err.println("fault-suite: " + e.getMessage());
            err.println(SuiteOptions.USAGE);
            return EXIT_USAGE;
        }
        return run(options, scenarios(), out);
    }

    public static List<Scenario> scenarios() {
        return List.of(new ServiceKillsScenario(), new BrokerOutageScenario(), new SmtpOutageScenario(),
                new PoisonScenario(), new DeadLetterReplayScenario());
    }

    /** Runs {@code scenarios} and reports; the exit status says whether every figure met its target. */
    public static int run(SuiteOptions options, List<Scenario> scenarios, PrintStream out) {
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        List<ScenarioResult> results = new ArrayList<>();
        Optional<ServiceDatabases> databases = ServiceDatabases.connect();
        Map<Service, ServiceDatabases.Database> serviceDatabases = new HashMap<>();
        databases.ifPresent(server -> {
            for (Service service : List.of(Service.REVIEW_WORKFLOW, Service.NOTIFIER, Service.PUBLISHER)) {
                serviceDatabases.put(service, server.fresh(service.moduleName()));
            }
        });
        LocalStack stack = LocalStack.prepare(settings(options, serviceDatabases));
        Thread stopOnExit = new Thread(() -> {
            stack.close();
            databases.ifPresent(ServiceDatabases::close);
        }, "fault-suite-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        TopicWatcher watcher = null;
        try {
            out.println("fault suite: starting the local stack in " + stack.settings().dataDir() + " …");
            stack.launch();
            watcher = TopicWatcher.start(stack.kafkaBootstrapServers());
            StaffHttp http = new StaffHttp();
            Mailboxes mailboxes = new Mailboxes(stack.imapPort());
            String runId = UUID.randomUUID().toString().substring(0, 8);
            List<String> subscribers = subscribe(http, stack, mailboxes, runId, options.subscribers());
            SuiteContext context = new SuiteContext(stack, options, http, mailboxes, watcher, subscribers,
                    new Random(options.seed()), runId, databases,
                    Optional.ofNullable(serviceDatabases.get(Service.PUBLISHER)));
            out.printf("fault suite: stack up, %d subscribers confirmed; %d articles per scenario (run %s, seed %d)%n",
                    subscribers.size(), options.articles(), runId, options.seed());
            for (Scenario scenario : scenarios) {
                results.add(runOne(scenario, context, out));
            }
        } catch (RuntimeException e) {
            log.error("the fault suite could not run", e);
            results.add(ScenarioResult.crashed("stack", "starting the stack and the subscribers", e,
                    Duration.ofNanos(System.nanoTime() - startNanos)));
        } finally {
            if (watcher != null) {
                watcher.close();
            }
            stack.close();
            databases.ifPresent(ServiceDatabases::close);
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - startNanos);
        out.println();
        ReportTable.print(results, out);
        out.printf("total wall time %d s; report: %s%n", wall.toSeconds(), options.report().toAbsolutePath());
        ReportJson.write(ReportJson.of(results, options.asMap(), started, wall), options.report());
        boolean pass = !results.isEmpty() && results.stream().allMatch(ScenarioResult::pass);
        return pass ? EXIT_PASS : EXIT_FAIL;
    }

    private static ScenarioResult runOne(Scenario scenario, SuiteContext context, PrintStream out) {
        out.println("fault suite: scenario " + scenario.name() + " — " + scenario.description());
        long start = System.nanoTime();
        ScenarioResult result;
        try {
            Scenario.Outcome outcome = scenario.run(context);
            result = new ScenarioResult(scenario.name(), scenario.description(), outcome.figures(),
                    Duration.ofNanos(System.nanoTime() - start), outcome.notes());
        } catch (Exception e) {
            log.error("scenario {} failed", scenario.name(), e);
            result = ScenarioResult.crashed(scenario.name(), scenario.description(), e,
                    Duration.ofNanos(System.nanoTime() - start));
        }
        out.printf("fault suite: scenario %s %s in %d s%n", scenario.name(), result.pass() ? "PASS" : "FAIL",
                result.wallTime().toSeconds());
        return result;
    }

    /**
     * The local stack on free ports, its services on fresh PostgreSQL databases where there is one,
     * and shorter timings than production so that the suite's outages resolve in its time frame.
     */
    static StackSettings settings(SuiteOptions options, Map<Service, ServiceDatabases.Database> databases) {
        Path dataDir = options.dataDir().resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        StackSettings.Builder settings = StackSettings.builder()
                .allFreePorts()
                .dataDir(dataDir)
                .servicesDir(options.servicesDir())
                .startupTimeout(STARTUP_TIMEOUT);
        for (Service service : Service.values()) {
            // a consumer retrying a transient failure comes back within seconds, not a minute
            settings.extraProperty(service, "pipeline.consumer-retry.initial-delay", "500ms");
            settings.extraProperty(service, "pipeline.consumer-retry.max-delay", "3s");
            ServiceDatabases.Database database = databases.get(service);
            if (database != null) {
                settings.extraProperties(service, Map.of(
                        "spring.datasource.url", database.url(),
                        "spring.datasource.username", database.username(),
                        "spring.datasource.password", database.password()));
            }
        }
        // the replay scenario's database outage must outlast the publisher's retries within seconds
        settings.extraProperty(Service.PUBLISHER, "pipeline.consumer-retry.give-up-after", "10s");
        // … and a refused connection fails in seconds rather than after Hikari's default 30 s
        settings.extraProperty(Service.PUBLISHER, "spring.datasource.hikari.connection-timeout", "5000");
        // the suite subscribes all its readers from one client at once: the per-client limit that
        // protects /subscribe from abuse (20 a minute) would refuse the full run's 50 readers
        settings.extraProperty(Service.NOTIFIER, "pipeline.notifier.rate-limit.per-client-per-minute", "100000");
        // a SIGKILLed notifier's leased batch is taken over when its lease runs out (default 2 min)
        settings.extraProperty(Service.NOTIFIER, "pipeline.notifier.sender.lease", "20s");
        // after the SMTP outage, senders try again within seconds
        settings.extraProperty(Service.NOTIFIER, "pipeline.notifier.sender.max-back-off", "5s");
        return settings.build();
    }

    private static List<String> subscribe(StaffHttp http, LocalStack stack, Mailboxes mailboxes, String runId,
                                          int count) {
        Reader reader = new Reader(http, stack.notifierUrl(), mailboxes);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> confirmed = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String address = "reader-" + runId + "-" + i + "@example.org";
                confirmed.add(readers.submit(() -> {
                    reader.subscribeAndConfirm(address, CONFIRMATION_PATIENCE);
                    return address;
                }));
            }
            List<String> subscribers = new ArrayList<>();
            for (Future<String> future : confirmed) {
                subscribers.add(future.get());
            }
            return subscribers;
        } catch (Exception e) {
            throw new IllegalStateException("subscribing the readers failed: " + e, e);
        } finally {
            readers.shutdownNow();
        }
    }

    /** The directory of the suite's jar ({@code faults/target}), or of its classes when run from a build. */
    static Path home() {
        try {
            Path location = Path.of(FaultSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toAbsolutePath().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("faults", "target").toAbsolutePath();
        }
    }
}
