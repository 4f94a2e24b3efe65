package org.healthjournal.pipeline.bench.stages.startup;

import org.healthjournal.pipeline.bench.BenchContext;
import org.healthjournal.pipeline.bench.BenchOptions;
import org.healthjournal.pipeline.bench.Figure;
import org.healthjournal.pipeline.bench.Numbers;
import org.healthjournal.pipeline.bench.Row;
import org.healthjournal.pipeline.bench.Stage;
import org.healthjournal.pipeline.bench.Target;
import org.healthjournal.pipeline.devstack.PortCheck;
import org.healthjournal.pipeline.devstack.StackPort;
import org.healthjournal.pipeline.devstack.StackPorts;
import org.healthjournal.pipeline.devstack.process.ChildStatus;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local stack as a developer meets it: how long the README's command takes until every
 * service is healthy, and how much memory (resident, all processes together) the stack then
 * holds. The full run starts that command as a child process on the well-known ports, once cold
 * (an empty data folder, reported in the notes) and then {@code repetitions} times on the same
 * data folder, as a developer's later starts are. The smoke run starts nothing more: it reports
 * the bench's own stack (free ports, the bench's JVM options), one sample.
 */
public final class StartupStage implements Stage {

    static final String STAGE = "local stack";
    static final double TARGET_SECONDS = 15;
    static final double TARGET_MIB = 1536;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    @Override
    public String name() {
        return "startup";
    }

    /** The full run times the README's command before the bench starts its own stack. */
    @Override
    public boolean runsBeforeStack(BenchOptions options) {
        return !options.smoke();
    }

    @Override
    public List<Row> run(BenchContext context) {
        if (context.options().smoke()) {
            return ownStack(context, "smoke run: the bench's own stack (free ports, the bench's service JVM options "
                    + String.join(" ", context.options().serviceJvmOptions()) + "), one sample, not the README command");
        }
        List<String> taken = takenPorts();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("the README command could not run: " + String.join(", ", taken)
                    + " already in use (another local stack?); stop it and run the bench again");
        }
        return readmeCommand(context);
    }

    private List<Row> readmeCommand(BenchContext context) {
        Path workDir = context.options().dataDir().resolve("startup-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Path launcherDir = context.options().dataDir().resolve("launcher");
        context.progress("startup: launcher folder %s (class-data archives trained first if the service jars changed)",
                launcherDir);
        DevStackLaunch launch = DevStackLaunch.prepare(launcherDir, workDir, context.options().servicesDir());
        context.progress("startup: cold start of devstack in %s", launch.dataDir());
        DevStackLaunch.StartupSample cold = launch.startAndStop(START_TIMEOUT);
        context.progress("startup: cold start healthy in %s s, %s MiB in %d processes",
                Numbers.format(cold.toHealthy().toMillis() / 1000.0), Numbers.format(cold.memory().mebibytes()),
                cold.memory().pids().size());
        List<Double> seconds = new ArrayList<>();
        List<Double> mebibytes = new ArrayList<>();
        List<Integer> processes = new ArrayList<>();
        List<Double> cpuSeconds = new ArrayList<>();
        for (int repetition = 1; repetition <= context.options().repetitions(); repetition++) {
            List<String> taken = takenPorts();
            if (!taken.isEmpty()) {
                throw new IllegalStateException("before start " + repetition + ": " + String.join(", ", taken)
                        + " in use (did the previous devstack leave something behind, or did another stack start?)");
            }
            DevStackLaunch.StartupSample sample = launch.startAndStop(START_TIMEOUT);
            seconds.add(sample.toHealthy().toMillis() / 1000.0);
            mebibytes.add(sample.memory().mebibytes());
            processes.add(sample.memory().pids().size());
            cpuSeconds.add(sample.cpu().toMillis() / 1000.0);
            context.progress("startup: start %d healthy in %s s, %s MiB in %d processes", repetition,
                    Numbers.format(seconds.get(seconds.size() - 1)), Numbers.format(mebibytes.get(mebibytes.size() - 1)),
                    sample.memory().pids().size());
        }
        String command = String.join(" ", launch.command()) + " (default JVM options, well-known ports, class-data"
                + " archives trained beforehand in the launcher folder as ./mvnw install trains devstack's)";
        String repeated = "repetitions are later starts on the same data folder; measured before the bench started"
                + " its own stack (nothing else of the bench's running)";
        return List.of(
                Row.alone(STAGE, "time from the run command to all healthy", new Figure("s", seconds),
                        Target.atMost(TARGET_SECONDS), command,
                        "until devstack printed \"" + DevStackLaunch.RUNNING_LINE + "\" (every service UP)",
                        "cold start (empty data folder): " + Numbers.format(cold.toHealthy().toMillis() / 1000.0) + " s",
                        repeated, "console: " + launch.consoleLog()),
                Row.alone(STAGE, "memory (RSS) of every process, once healthy", new Figure("MiB", mebibytes),
                        Target.atMost(TARGET_MIB),
                        "VmRSS summed over devstack's JVM (with GreenMail) and all its descendants (Kafka, four services): "
                                + processes + " processes",
                        "cold start: " + Numbers.format(cold.memory().mebibytes()) + " MiB", repeated),
                Row.alone(STAGE, "CPU time of every process, from the run command to all healthy",
                        new Figure("CPU-s", cpuSeconds), Target.reported(),
                        "user + system time summed over the same processes when the running line appeared",
                        shortestStartNote(cpuSeconds),
                        "cold start: " + Numbers.format(cold.cpu().toMillis() / 1000.0) + " CPU-s", repeated));
    }

    /** Why a start cannot be quicker than its CPU time spread over every core. */
    static String shortestStartNote(List<Double> cpuSeconds) {
        int cores = Runtime.getRuntime().availableProcessors();
        double median = new Figure("CPU-s", cpuSeconds).median();
        return "on " + cores + " cores a start using " + Numbers.format(median) + " CPU-s takes at least "
                + Numbers.format(ProcessCpu.shortestOn(Duration.ofMillis(Math.round(median * 1000)), cores)
                        .toMillis() / 1000.0) + " s, however well its processes overlap";
    }

    private static List<Row> ownStack(BenchContext context, String why) {
        List<Long> pids = context.stack().children().stream().filter(ChildStatus::alive).map(ChildStatus::pid)
                .toList();
        ProcessMemory.Tree memory = ProcessMemory.of(pids);
        return List.of(
                Row.alone(STAGE, "time from the run command to all healthy",
                        Figure.of("s", context.stackStartup().toMillis() / 1000.0), Target.atMost(TARGET_SECONDS), why,
                        "from LocalStack.launch() to every service UP"),
                Row.alone(STAGE, "memory (RSS) of every process, once healthy", Figure.of("MiB", memory.mebibytes()),
                        Target.atMost(TARGET_MIB), why,
                        "VmRSS of the broker and the four services and their descendants (" + memory.pids().size()
                                + " processes), measured now; the bench's own JVM, which hosts GreenMail, is not counted"));
    }

    /** The well-known ports that are taken, e.g. {@code 9092 (Kafka)}. */
    static List<String> takenPorts() {
        List<String> taken = new ArrayList<>();
        for (Map.Entry<StackPort, Integer> port : StackPorts.defaults().asMap().entrySet()) {
            if (!PortCheck.isFree(port.getValue())) {
                taken.add("port " + port.getValue() + " (" + port.getKey().purpose() + ")");
            }
        }
        return taken;
    }
}
