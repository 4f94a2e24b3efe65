package org.healthjournal.pipeline.bench.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Postfix's {@code smtp-sink} as the bench's mail server: the notifier mails into it for the whole
 * run, and the fan-out floor ({@code smtp-source}) sends into the same process. It accepts as fast
 * as any SMTP server can, so the fan-out row measures the notifier, not a Java test server. Every
 * message is dumped to a file of its own ({@code -d}), which is the bench's "inbox": the
 * end-to-end stage watches it for its subscriber's mail, and confirmation links are read from it.
 */
public final class SmtpSink implements AutoCloseable {

    public static final Path SMTP_SINK = Path.of(System.getProperty("bench.smtp-sink", "/usr/sbin/smtp-sink"));
    public static final Path SMTP_SOURCE = Path.of(System.getProperty("bench.smtp-source", "/usr/sbin/smtp-source"));
    static final String MISSING = "the bench's mail sink needs Postfix's smtp-sink and smtp-source (%s not found):"
            + " apt-get install postfix";

    private final int port;
    private final Path dumpDir;
    private Process process;

    private SmtpSink(int port, Path dumpDir) {
        this.port = port;
        this.dumpDir = dumpDir;
    }

    /** Where the sink of a stack with this data directory dumps its mail. */
    public static Path dumpDir(Path stackDataDir) {
        return stackDataDir.resolve("smtp-sink");
    }

    /** Fails with the package to install when smtp-sink or smtp-source is missing. */
    public static void requireInstalled() {
        for (Path tool : List.of(SMTP_SINK, SMTP_SOURCE)) {
            if (!Files.isExecutable(tool)) {
                throw new IllegalStateException(MISSING.formatted(tool));
            }
        }
    }

    /** Starts smtp-sink on 127.0.0.1:{@code port}, dumping every message into {@link #dumpDir(Path)}. */
    public static SmtpSink start(int port, Path stackDataDir) {
        requireInstalled();
        SmtpSink sink = new SmtpSink(port, dumpDir(stackDataDir));
        sink.launch();
        return sink;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for smtp-sink", e);
        }
    }

    private void launch() {
        try {
            Files.createDirectories(dumpDir);
            // smtp-sink drops root privileges (-u) before it writes the dumps
            Files.setPosixFilePermissions(dumpDir, PosixFilePermissions.fromString("rwxrwxrwx"));
            Path log = dumpDir.resolveSibling("smtp-sink.log");
            process = new ProcessBuilder(command(port, dumpDir, "root".equals(System.getProperty("user.name"))))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + SMTP_SINK, e);
        }
        awaitListening();
    }

    static List<String> command(int port, Path dumpDir, boolean asRoot) {
        List<String> command = new ArrayList<>(List.of(SMTP_SINK.toString()));
        if (asRoot) {
            command.addAll(List.of("-u", "nobody"));
        }
        // up to 1024 connections at once (the default 256 would queue a big floor run)
        command.addAll(List.of("-m", "1024", "-d", dumpDir.resolve("m.").toString(), "127.0.0.1:" + port, "1024"));
        return command;
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("smtp-sink exited with status " + process.exitValue()
                        + "; see " + dumpDir.resolveSibling("smtp-sink.log"));
            }
            try (Socket ignored = new Socket()) {
                ignored.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("smtp-sink did not listen on port " + port + " within 10 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public int port() {
        return port;
    }

    public Path dumpDir() {
        return dumpDir;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
