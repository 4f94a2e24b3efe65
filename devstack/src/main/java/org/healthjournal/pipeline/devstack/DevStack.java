package org.healthjournal.pipeline.devstack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar devstack/target/devstack.jar [--data-dir <dir>] [--demo] [--help]}: runs the
 * local stack until Ctrl-C. The service jars are expected in {@code services/} next to this jar.
 */
public final class DevStack {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 64;

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);

    /** Usage, errors and the summary are the launcher's user interface, not log lines. */
    private final PrintStream console;

    DevStack(PrintStream console) {
        this.console = console;
    }

    public static void main(String[] args) {
        int exitCode = new DevStack(System.out).run(args);
        if (exitCode != EXIT_OK) {
            System.exit(exitCode);
        }
    }

    /** Parses the options and runs the stack; returns only on error, after --help or after shutdown. */
    int run(String... args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            console.println(e.getMessage());
            console.println(LaunchOptions.USAGE);
            return EXIT_USAGE;
        }
        if (options.help()) {
            console.println(LaunchOptions.USAGE);
            return EXIT_OK;
        }
        StackSettings settings = StackSettings.builder()
                .dataDir(options.dataDir())
                .servicesDir(launcherDirectory().resolve("services"))
                .demo(options.demo())
                .build();
        return runUntilShutdown(settings);
    }

    /** Starts the stack, prints where everything is and blocks until the JVM is asked to stop. */
    int runUntilShutdown(StackSettings settings) {
        LocalStack stack = LocalStack.prepare(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        // registered before start-up, so that Ctrl-C during the start also stops the children
        Thread shutdownHook = new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "devstack-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            stack.launch();
        } catch (StackStartException e) {
            console.println(e.getMessage());
            removeQuietly(shutdownHook);
            return EXIT_FAILED;
        } catch (RuntimeException e) {
            log.error("the local stack could not start", e);
            console.println("The local stack could not start: " + e.getMessage());
            removeQuietly(shutdownHook);
            return EXIT_FAILED;
        }
        console.print(StackSummary.of(stack));
        console.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return EXIT_OK;
    }

    private static void removeQuietly(Thread shutdownHook) {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; the stack is closed either way
        }
    }

    /** The directory holding devstack.jar (or the classes directory when run from an IDE). */
    private static Path launcherDirectory() {
        try {
            Path location = Path.of(DevStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toAbsolutePath().getParent();
        } catch (URISyntaxException | SecurityException e) {
            return Path.of("devstack", "target").toAbsolutePath();
        }
    }
}
