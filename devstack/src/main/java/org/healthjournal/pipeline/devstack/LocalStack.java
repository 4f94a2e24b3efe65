package org.healthjournal.pipeline.devstack;

import org.healthjournal.pipeline.devstack.demo.DemoArticle;
import org.healthjournal.pipeline.devstack.demo.DemoUser;
import org.healthjournal.pipeline.devstack.demo.DemoUsers;
import org.healthjournal.pipeline.devstack.kafka.BrokerClassData;
import org.healthjournal.pipeline.devstack.kafka.KafkaBroker;
import org.healthjournal.pipeline.devstack.kafka.KafkaClasspath;
import org.healthjournal.pipeline.devstack.mail.MailPage;
import org.healthjournal.pipeline.devstack.mail.MailServer;
import org.healthjournal.pipeline.devstack.mail.ReceivedMail;
import org.healthjournal.pipeline.devstack.mail.SmtpStatus;
import org.healthjournal.pipeline.devstack.process.ChildStatus;
import org.healthjournal.pipeline.devstack.process.LogTail;
import org.healthjournal.pipeline.devstack.services.FastStartJar;
import org.healthjournal.pipeline.devstack.services.Service;
import org.healthjournal.pipeline.devstack.services.ServiceProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The whole pipeline on one machine: a KRaft broker (child JVM), GreenMail and its web page
 * (in this JVM) and the four services (one child JVM each). {@link #start} returns once every
 * service reports UP; {@link #close} stops everything again. Used by {@code DevStack} and the
 * end-to-end tests.
 *
 * <p>The services' JVMs start right after the broker's, not once it is ready, and each runs from
 * its {@link org.healthjournal.pipeline.devstack.services.FastStartJar extracted jar with its
 * class-data archive}: on two cores the start-up is bound by CPU, not by waiting.
 *
 * <p>The broker (once ready) and the services (once all are UP) are supervised: one that exits
 * on its own is restarted with the same command, see
 * {@link org.healthjournal.pipeline.devstack.process.Supervisor Supervisor}. Their pids are in
 * {@code <data-dir>/pids/<name>.pid} and, with their restart counts, at {@code GET /stack} on the
 * mail page's port.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final Duration SERVICE_STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration TRAINING_STOP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration HEALTH_POLL_INTERVAL = Duration.ofMillis(200);
    private static final int LOG_TAIL_LINES = 60;

    private final StackSettings settings;
    private final Map<Service, ServiceProcess> services = Collections.synchronizedMap(new EnumMap<>(Service.class));
    private final AtomicBoolean launched = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch startUpDone = new CountDownLatch(1);
    // written while starting, read by whichever thread closes the stack
    private volatile KafkaBroker kafka;
    private volatile MailServer mail;
    private volatile MailPage mailPage;
    private volatile String demoArticleId;

    private LocalStack(StackSettings settings) {
        this.settings = settings;
    }

    /**
     * Checks the ports and service jars, then starts everything and waits until all four
     * services are UP.
     *
     * @throws PortInUseException  before anything started, when a port is taken
     * @throws StackStartException when something is missing, dies or is not ready in time;
     *                             whatever did start has been stopped again
     */
    public static LocalStack start(StackSettings settings) {
        return prepare(settings).launch();
    }

    /**
     * A stack not started yet: a launcher registers {@link #close} as a shutdown hook first, so
     * that being stopped during the start-up leaves no child process behind.
     */
    public static LocalStack prepare(StackSettings settings) {
        return new LocalStack(settings);
    }

    /** Starts a {@link #prepare prepared} stack; see {@link #start}. */
    public LocalStack launch() {
        if (!launched.compareAndSet(false, true)) {
            throw new IllegalStateException("this stack was launched already");
        }
        try {
            PortCheck.requireFree(settings.ports());
            startAll(locateJars(settings.servicesDir()));
        } catch (RuntimeException e) {
            startUpDone.countDown();
            close();
            throw e;
        }
        startUpDone.countDown();
        return this;
    }

    private static Map<Service, Path> locateJars(Path servicesDir) {
        Map<Service, Path> jars = new EnumMap<>(Service.class);
        List<String> missing = new ArrayList<>();
        for (Service service : Service.values()) {
            service.findJar(servicesDir).ifPresentOrElse(jar -> jars.put(service, jar),
                    () -> missing.add(service.moduleName() + "-<version>-exec.jar"));
        }
        if (!missing.isEmpty()) {
            throw new StackStartException("No runnable service jar for " + String.join(", ", missing) + " in "
                    + servicesDir + ". Build them first: ./mvnw -q -DskipTests package");
        }
        return jars;
    }

    private void startAll(Map<Service, Path> jars) {
        Instant started = Instant.now();
        Path dataDir = settings.dataDir();
        Path usersFile = dataDir.resolve("demo-users.yml");
        try {
            Files.createDirectories(logsDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + logsDir(), e);
        }
        DemoUsers.writeConfig(usersFile);
        log.info("starting the local stack in {}", dataDir);

        // The services' JVMs start side by side with the broker's: most of their start-up (loading
        // classes, the database, Flowable) needs no broker, and they wait for it when they create
        // their topics. On two cores this overlap is most of the stack's start-up time.
        List<Path> brokerClasspath = KafkaClasspath.launcherLast(settings.kafkaClasspath());
        List<String> brokerJvmOptions = new ArrayList<>(settings.brokerJvmOptions());
        brokerJvmOptions.addAll(settings.classDataTraining()
                ? BrokerClassData.trainingJvmOptions(settings.servicesDir())
                : BrokerClassData.jvmOptions(settings.servicesDir(), brokerClasspath));
        kafka = KafkaBroker.launch(dataDir.resolve("kafka"), kafkaLogFile(),
                settings.ports().get(StackPort.KAFKA), settings.ports().get(StackPort.KAFKA_CONTROLLER),
                brokerClasspath, brokerJvmOptions, pidFile("kafka"));
        abortIfClosing();
        mail = MailServer.start(settings.ports().get(StackPort.SMTP), settings.ports().get(StackPort.IMAP));
        mailPage = MailPage.start(settings.ports().get(StackPort.MAIL_PAGE), mail);
        mailPage.serve(StackStatusEndpoint.PATH, new StackStatusEndpoint(this));

        for (Service service : Service.values()) {
            abortIfClosing();
            Map<String, String> properties = ServiceProperties.of(service, settings, kafka.bootstrapServers(), usersFile);
            Path jar = jars.get(service);
            List<String> launchArguments = settings.classDataTraining()
                    ? FastStartJar.trainingArguments(jar).orElse(List.of("-jar", jar.toString()))
                    : FastStartJar.launchArguments(jar);
            ServiceProcess process = ServiceProcess.start(service, launchArguments, settings.ports().of(service),
                    properties, settings.serviceJvmOptions(), ServiceProperties.environment(settings),
                    logFile(service), pidFile(service.moduleName()));
            services.put(service, process);
            log.info("starting {} on port {} (pid {}, log {})", service, settings.ports().of(service), process.pid(),
                    process.logFile());
        }
        kafka.awaitReady(settings.startupTimeout());
        // the services need the broker, so it is kept up from now on
        kafka.superviseRestarts();
        abortIfClosing();
        awaitServicesUp();
        // only now: a service that fails while the stack starts is reported with its log instead
        services.values().forEach(ServiceProcess::superviseRestarts);
        log.info("local stack up in {} s", Duration.between(started, Instant.now()).toSeconds());

        if (settings.demo()) {
            submitDemoArticle();
        }
    }

    private void awaitServicesUp() {
        Instant deadline = Instant.now().plus(settings.startupTimeout());
        Set<Service> pending = EnumSet.allOf(Service.class);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (!pending.isEmpty()) {
            abortIfClosing();
            for (Service service : List.copyOf(pending)) {
                ServiceProcess process = services.get(service);
                if (!process.isAlive()) {
                    throw new StackStartException(service + " exited with code " + process.exitCode()
                            + " during start-up; " + process.logFile() + " ends with:\n"
                            + LogTail.of(process.logFile(), LOG_TAIL_LINES));
                }
                if (process.isUp(http)) {
                    pending.remove(service);
                    log.info("{} is UP at {}", service, process.baseUrl());
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                StringBuilder message = new StringBuilder("not UP after " + settings.startupTimeout().toSeconds()
                        + " s: " + pending);
                for (Service service : pending) {
                    Path logFile = services.get(service).logFile();
                    message.append("\n--- ").append(logFile).append(" ends with:\n")
                            .append(LogTail.of(logFile, LOG_TAIL_LINES));
                }
                throw new StackStartException(message.toString());
            }
            pause(HEALTH_POLL_INTERVAL);
        }
    }

    private void abortIfClosing() {
        if (closing.get()) {
            throw new StackStartException("the local stack was stopped during start-up");
        }
    }

    private void submitDemoArticle() {
        DemoUser alice = DemoUsers.ALL.get(0);
        try {
            demoArticleId = DemoArticle.submit(baseUrl(Service.INGEST), alice);
            log.info("demo: {} submitted the sample article {}", alice.name(), demoArticleId);
        } catch (RuntimeException e) {
            // the stack itself is fine; a developer can still submit by hand
            log.warn("demo: submitting the sample article failed: {}", e.getMessage());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackStartException("interrupted while waiting for the services", e);
        }
    }

    public StackSettings settings() {
        return settings;
    }

    /** E.g. {@code http://localhost:8081} for ingest. */
    public String baseUrl(Service service) {
        return ServiceProperties.baseUrl(settings.ports(), service);
    }

    public String ingestUrl() {
        return baseUrl(Service.INGEST);
    }

    public String reviewWorkflowUrl() {
        return baseUrl(Service.REVIEW_WORKFLOW);
    }

    public String publisherUrl() {
        return baseUrl(Service.PUBLISHER);
    }

    public String notifierUrl() {
        return baseUrl(Service.NOTIFIER);
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + settings.ports().get(StackPort.KAFKA);
    }

    public int smtpPort() {
        return settings.ports().get(StackPort.SMTP);
    }

    public int imapPort() {
        return settings.ports().get(StackPort.IMAP);
    }

    public String mailPageUrl() {
        return "http://localhost:" + settings.ports().get(StackPort.MAIL_PAGE) + "/";
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    public Path logFile(Service service) {
        return logsDir().resolve(service.moduleName() + ".log");
    }

    public Path kafkaLogFile() {
        return logsDir().resolve("kafka.log");
    }

    /**
     * Where the current pid of {@code name} ({@code kafka} or a service's module name) is written
     * after every (re)start; removed when the stack stops it or gives up on it.
     */
    public Path pidFile(String name) {
        return settings.dataDir().resolve("pids").resolve(name + ".pid");
    }

    /** The broker and the services started so far, in start order: pids, states and restart counts. */
    public List<ChildStatus> children() {
        List<ChildStatus> children = new ArrayList<>();
        KafkaBroker broker = kafka;
        if (broker != null) {
            children.add(broker.supervisor().status());
        }
        synchronized (services) {
            services.values().forEach(process -> children.add(process.supervisor().status()));
        }
        return children;
    }

    /**
     * For fault tests: SIGKILLs the child {@code name} ({@code kafka} or a service's module name)
     * and lets its supervisor restart it no sooner than {@code holdDown} later, with the same
     * command and ports. {@link Duration#ZERO} is a plain crash with the usual back-off.
     *
     * @throws IllegalArgumentException when there is no such child
     * @throws IllegalStateException    when the child is not running under supervision
     */
    public void killAndHoldDown(String name, Duration holdDown) {
        supervisorOf(name).killAndHoldDown(holdDown);
    }

    private org.healthjournal.pipeline.devstack.process.Supervisor supervisorOf(String name) {
        KafkaBroker broker = kafka;
        if (broker != null && broker.supervisor().name().equals(name)) {
            return broker.supervisor();
        }
        synchronized (services) {
            for (ServiceProcess process : services.values()) {
                if (process.supervisor().name().equals(name)) {
                    return process.supervisor();
                }
            }
        }
        throw new IllegalArgumentException("no child named " + name + "; known: "
                + children().stream().map(ChildStatus::name).toList());
    }

    public SmtpStatus smtpStatus() {
        return SmtpStatus.of(mail);
    }

    /** Refuses SMTP connections until {@link #resumeSmtp()}, like a mail server that is down. */
    public void pauseSmtp() {
        mail.pauseSmtp();
    }

    /** @throws IllegalStateException when the SMTP port cannot be bound again */
    public void resumeSmtp() {
        mail.resumeSmtp();
    }

    /** The article id of the sample submitted with {@code demo(true)}, if that worked. */
    public Optional<String> demoArticleId() {
        return Optional.ofNullable(demoArticleId);
    }

    /** All mail received so far, newest first. */
    public List<ReceivedMail> receivedMail() {
        return mail.receivedNewestFirst();
    }

    public List<DemoUser> users() {
        return DemoUsers.ALL;
    }

    private Path logsDir() {
        return settings.dataDir().resolve("logs");
    }

    /** Stops the services (all at once, politely, then forcibly), then mail and the broker. Idempotent. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        log.info("stopping the local stack");
        stopRestarting();
        awaitStartUpAborted();
        // children started while the start-up was being aborted
        stopRestarting();
        List<ServiceProcess> running;
        synchronized (services) {
            running = List.copyOf(services.values());
        }
        running.forEach(ServiceProcess::requestStop);
        // a training run's JVMs write their class-data archives as they exit: give them time
        Duration stopTimeout = settings.classDataTraining() ? TRAINING_STOP_TIMEOUT : SERVICE_STOP_TIMEOUT;
        running.forEach(process -> process.awaitStop(stopTimeout));
        closeQuietly(mailPage);
        closeQuietly(mail);
        KafkaBroker broker = kafka;
        if (broker != null && settings.classDataTraining()) {
            broker.stop(TRAINING_STOP_TIMEOUT);
        }
        closeQuietly(broker);
        log.info("local stack stopped");
    }

    /**
     * Before anything is stopped: the broker is stopped last, after the services, and must not
     * be restarted meanwhile if Ctrl-C (which the terminal sends to every child) ended it first.
     */
    private void stopRestarting() {
        KafkaBroker broker = kafka;
        if (broker != null) {
            broker.supervisor().stopRestarting();
        }
        synchronized (services) {
            services.values().forEach(process -> process.supervisor().stopRestarting());
        }
    }

    /**
     * When another thread (a shutdown hook) closes the stack while it starts, the starting
     * thread notices at its next step and stops; only then is the list of children complete.
     */
    private void awaitStartUpAborted() {
        if (!launched.get()) {
            return;
        }
        try {
            if (!startUpDone.await(60, TimeUnit.SECONDS)) {
                log.warn("start-up did not stop within 60 s; stopping what has started so far");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("stopping {} failed: {}", resource.getClass().getSimpleName(), e.toString());
        }
    }
}
