package org.healthjournal.pipeline.bench.stages.fanout;

import org.healthjournal.pipeline.bench.mail.SmtpSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The fan-out row's floor: Postfix's {@code smtp-source} sending as many messages of the size of
 * one article mail over as many connections as the notifier's senders, into the same smtp-sink.
 */
final class SmtpSourceFloor {

    private SmtpSourceFloor() {
    }

    static List<String> command(int connections, int messages, long messageBytes, int port) {
        return List.of(SmtpSink.SMTP_SOURCE.toString(),
                "-s", String.valueOf(connections),
                "-m", String.valueOf(messages),
                "-l", String.valueOf(messageBytes),
                "-f", "newsletter@healthjournal.example.org",
                "-t", "floor@readers.example.org",
                "127.0.0.1:" + port);
    }

    /** Runs smtp-source and returns the seconds it took. */
    static double run(int connections, int messages, long messageBytes, int port) throws IOException,
            InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command(connections, messages, messageBytes, port))
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("smtp-source did not finish within 10 minutes");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IllegalStateException("smtp-source exited with " + process.exitValue() + ": "
                    + new String(output, StandardCharsets.UTF_8));
        }
        return seconds;
    }
}
