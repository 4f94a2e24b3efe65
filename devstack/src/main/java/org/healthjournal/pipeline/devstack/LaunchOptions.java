package org.healthjournal.pipeline.devstack;

import java.nio.file.Path;

/** The launcher's command line: {@code [--data-dir <dir>] [--demo] [--help]}. */
public record LaunchOptions(Path dataDir, boolean demo, boolean help) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar devstack/target/devstack.jar [--data-dir <dir>] [--demo] [--help]",
            "",
            "Starts the editorial pipeline on this machine: a Kafka broker (KRaft, port 9092), GreenMail",
            "(SMTP 3025, IMAP 3143, mail page http://localhost:8025/) and the four services (8081-8084).",
            "A broker or service that dies is restarted (after 1 s, 2 s, 4 s, ... at most 5 times a minute).",
            "Stop it with Ctrl-C.",
            "",
            "  --data-dir <dir>  where Kafka, the databases and the logs live (default: ./data)",
            "  --demo            after start-up, submit a sample article as alice",
            "  --help            show this text");

    /**
     * @throws IllegalArgumentException for an unknown option or a missing value, with a message
     *                                  for the user
     */
    public static LaunchOptions parse(String... args) {
        Path dataDir = Path.of("data");
        boolean demo = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--help".equals(arg) || "-h".equals(arg)) {
                help = true;
            } else if ("--demo".equals(arg)) {
                demo = true;
            } else if ("--data-dir".equals(arg)) {
                if (i + 1 >= args.length || args[i + 1].isBlank() || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException("--data-dir needs a directory, e.g. --data-dir ./data");
                }
                dataDir = Path.of(args[++i]);
            } else if (arg.startsWith("--data-dir=")) {
                String value = arg.substring("--data-dir=".length());
                if (value.isBlank()) {
                    throw new IllegalArgumentException("--data-dir needs a directory, e.g. --data-dir ./data");
                }
                dataDir = Path.of(value);
            } else {
                throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return new LaunchOptions(dataDir, demo, help);
    }
}
