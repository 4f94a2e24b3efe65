package org.healthjournal.pipeline.bench;

import org.healthjournal.pipeline.bench.mail.SmtpSink;
import org.healthjournal.pipeline.bench.report.ReportOutputs;
import org.healthjournal.pipeline.bench.stages.endtoend.EndToEndStage;
import org.healthjournal.pipeline.bench.stages.fanout.FanOutStage;
import org.healthjournal.pipeline.bench.stages.health.HealthStage;
import org.healthjournal.pipeline.bench.stages.ingest.IngestStage;
import org.healthjournal.pipeline.bench.stages.publisher.PublisherStage;
import org.healthjournal.pipeline.bench.stages.readers.ReadersStage;
import org.healthjournal.pipeline.bench.stages.review.ReviewStage;
import org.healthjournal.pipeline.bench.stages.startup.StartupStage;
import org.healthjournal.pipeline.devstack.LocalStack;
import org.healthjournal.pipeline.devstack.StackSettings;
import org.healthjournal.pipeline.devstack.services.Service;
import org.healthjournal.pipeline.faults.stack.ServiceDatabases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark: starts the local stack on free ports with production JVM flags (the services on
 * fresh PostgreSQL databases where 127.0.0.1:5432 answers, as in production), runs each stage
 * (which measures the pipeline and its floor side by side), prints the table and writes the JSON
 * and HTML reports. The stack is stopped on every way out, including Ctrl-C.
 */
public final class Bench {

    public static final int EXIT_PASS = 0;
    public static final int EXIT_FAIL = 1;
    public static final int EXIT_USAGE = 64;

    private static final Logger log = LoggerFactory.getLogger(Bench.class);
    /** generous: on a loaded 2-core machine the stack took 200–350 s to answer healthy */
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(600);

    private Bench() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, BenchOptions.full(home()));
        } catch (BenchOptions.HelpRequested help) {
            out.println(BenchOptions.USAGE);
            return EXIT_PASS;
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            err.println(BenchOptions.USAGE);
            return EXIT_USAGE;
        }
        return run(options, stages(), out);
    }

    /**
     * Every stage, in the order they run. Ingest runs last: its thousands of drafts keep the review
     * service busy long after its clock stopped, which would slow every stage that needs a review.
     */
    public static List<Stage> stages() {
        return List.of(
                new StartupStage(),
                new HealthStage(),
                new ReviewStage(),
                new ReadersStage(),
                new EndToEndStage(),
                new FanOutStage(),
                new PublisherStage(),
                new IngestStage());
    }

    public static int run(BenchOptions options, List<Stage> stages, PrintStream out) {
        try {
            SmtpSink.requireInstalled();
        } catch (IllegalStateException e) {
            out.println("bench: " + e.getMessage());
            return EXIT_FAIL;
        }
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        Map<String, String> crashes = new LinkedHashMap<>();
        Optional<ServiceDatabases> databases = ServiceDatabases.connect();
        Map<Service, ServiceDatabases.Database> serviceDatabases = new HashMap<>();
        databases.ifPresent(server -> {
            for (Service service : Service.values()) {
                serviceDatabases.put(service, server.fresh(service.moduleName()));
            }
        });
        int sinkPort = SmtpSink.freePort();
        LocalStack stack = LocalStack.prepare(settings(options, serviceDatabases, sinkPort));
        SmtpSink sink = SmtpSink.start(sinkPort, stack.settings().dataDir());
        Thread stopOnExit = new Thread(() -> {
            stack.close();
            sink.close();
            databases.ifPresent(ServiceDatabases::close);
        }, "bench-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            List<Stage> chosen = stages.stream().filter(stage -> options.runs(stage.name())).toList();
            BenchContext noStack = new BenchContext(null, options, out, databases, serviceDatabases, Duration.ZERO);
            for (Stage stage : chosen) {
                if (stage.runsBeforeStack(options)) {
                    runStage(stage, noStack, rows, crashes, out);
                }
            }
            out.println("bench: starting the local stack in " + stack.settings().dataDir() + " …");
            long launch = System.nanoTime();
            stack.launch();
            Duration startup = Duration.ofNanos(System.nanoTime() - launch);
            out.printf("bench: stack healthy in %.1f s (%s)%n", startup.toMillis() / 1000.0,
                    databases.isPresent() ? "services on PostgreSQL" : "services on H2");
            BenchContext context = new BenchContext(stack, options, out, databases, serviceDatabases, startup);
            for (Stage stage : chosen) {
                if (!stage.runsBeforeStack(options)) {
                    runStage(stage, context, rows, crashes, out);
                }
            }
        } catch (RuntimeException e) {
            log.error("the bench could not run", e);
            crashes.put("stack", e.toString());
        } finally {
            stack.close();
            sink.close();
            databases.ifPresent(ServiceDatabases::close);
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
        Map<String, String> settings = new LinkedHashMap<>(options.asMap());
        settings.put("database", databases.isPresent() ? "PostgreSQL (127.0.0.1:5432)" : "H2 (embedded files)");
        BenchReport report = new BenchReport(started, Duration.ofNanos(System.nanoTime() - startNanos),
                Machine.current(), settings, rows, crashes, options.smoke());
        try {
            ReportOutputs.writeAll(report, options.outDir(), out);
        } catch (IOException e) {
            log.error("could not write the report into {}", options.outDir(), e);
            return EXIT_FAIL;
        }
        if (!crashes.isEmpty()) {
            return EXIT_FAIL;
        }
        return options.smoke() || report.pass() ? EXIT_PASS : EXIT_FAIL;
    }

    private static void runStage(Stage stage, BenchContext context, List<Row> rows, Map<String, String> crashes,
                                 PrintStream out) {
        out.println("bench: stage " + stage.name() + " …");
        long stageStart = System.nanoTime();
        try {
            rows.addAll(stage.run(context));
        } catch (Exception e) {
            log.error("stage {} crashed", stage.name(), e);
            crashes.put(stage.name(), e.toString());
        }
        out.printf("bench: stage %s done in %d s%n", stage.name(),
                Duration.ofNanos(System.nanoTime() - stageStart).toSeconds());
    }

    /**
     * The stack's settings. The notifier mails into the bench's smtp-sink on {@code smtpSinkPort}
     * for the whole run (the fan-out floor sends into the same sink), and the publisher writes its
     * static export (part of the publisher row's work).
     */
    static StackSettings settings(BenchOptions options, Map<Service, ServiceDatabases.Database> databases,
                                  int smtpSinkPort) {
        Path dataDir = options.dataDir().resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        StackSettings.Builder settings = StackSettings.builder()
                .allFreePorts()
                .dataDir(dataDir)
                .servicesDir(options.servicesDir())
                .serviceJvmOptions(options.serviceJvmOptions())
                .startupTimeout(STARTUP_TIMEOUT);
        for (Service service : Service.values()) {
            ServiceDatabases.Database database = databases.get(service);
            if (database != null) {
                settings.extraProperties(service, Map.of(
                        "spring.datasource.url", database.url(),
                        "spring.datasource.username", database.username(),
                        "spring.datasource.password", database.password()));
            }
        }
        // the bench's readers subscribe from one client: lift the per-client limit that protects /subscribe
        settings.extraProperty(Service.NOTIFIER, "pipeline.notifier.rate-limit.per-client-per-minute", "1000000");
        settings.extraProperty(Service.NOTIFIER, "spring.mail.host", "127.0.0.1");
        settings.extraProperty(Service.NOTIFIER, "spring.mail.port", String.valueOf(smtpSinkPort));
        settings.extraProperty(Service.PUBLISHER, "pipeline.publisher.export.dir", dataDir.resolve("export").toString());
        return settings.build();
    }

    /** The folder of the running jar ({@code bench/target} after a build), else the working directory. */
    static Path home() {
        try {
            Path location = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.getParent() != null && location.toString().endsWith(".jar")
                    ? location.getParent() : Path.of(".");
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of(".");
        }
    }
}
