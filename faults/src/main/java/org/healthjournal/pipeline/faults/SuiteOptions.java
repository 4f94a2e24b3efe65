package org.healthjournal.pipeline.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How big and how long: the full run's defaults are the numbers (200 articles, 50
 * subscribers, the broker down 20 s, SMTP down 60 s); the CI test passes small ones.
 *
 * @param articles        articles per scenario for the kill, broker and SMTP scenarios
 * @param poisonArticles  good articles flowing while poison is injected
 * @param subscribers     confirmed subscribers every article is mailed to
 * @param killWindow      each service is killed at a random moment within this time after its scenario starts
 * @param brokerDown      how long the broker stays down after its SIGKILL
 * @param smtpDown        how long the SMTP server refuses connections
 * @param patience        how long a scenario waits for its articles to be published and mailed
 */
public record SuiteOptions(int articles, int poisonArticles, int subscribers, Duration killWindow,
                           Duration brokerDown, Duration smtpDown, Duration patience, Path servicesDir,
                           Path dataDir, Path report, long seed) {

    public static final String USAGE = """
            usage: java -jar fault-suite.jar [--articles N] [--subscribers M] [--broker-down SECONDS]
                   [--smtp-down SECONDS] [--kill-window SECONDS] [--report FILE] [--services-dir DIR]
                   [--data-dir DIR] [--seed N]
            Starts the local stack (Kafka, GreenMail, the four services) on free ports, runs the fault
            scenarios, prints a table of figures and writes it as JSON (default: fault-report.json next
            to the jar). Exit status 0 when every figure met its target, 1 otherwise, 64 for a bad option.
            Defaults: --articles 200 --subscribers 50 --broker-down 20 --smtp-down 60 --kill-window 40""";

    /** The full run, with the jar's own directory as home ({@code target/} after a build). */
    public static SuiteOptions full(Path home) {
        return new SuiteOptions(200, 100, 50, Duration.ofSeconds(40), Duration.ofSeconds(20), Duration.ofSeconds(60),
                Duration.ofMinutes(5), home.resolve("services"), home.resolve("fault-stack"),
                home.resolve("fault-report.json"), System.nanoTime());
    }

    /**
     * Small enough for CI (a few minutes on two cores), with every fault still injected. Its
     * patience is generous: four JVMs restarting at once on a busy two-core machine took over
     * three minutes to approve again, and patience costs nothing when the pipeline is on time.
     */
    public static SuiteOptions ci(Path servicesDir, Path dataDir, Path report) {
        return new SuiteOptions(6, 6, 3, Duration.ofSeconds(8), Duration.ofSeconds(8), Duration.ofSeconds(8),
                Duration.ofMinutes(6), servicesDir, dataDir, report, System.nanoTime());
    }

    /** @throws IllegalArgumentException for an unknown option or a bad value (with the usage) */
    public static SuiteOptions parse(String[] args, SuiteOptions defaults) {
        SuiteOptions options = defaults;
        boolean poisonGiven = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new HelpRequested();
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            options = switch (name) {
                case "--articles" -> options.withArticles(positive(name, value), poisonGiven);
                case "--subscribers" -> new SuiteOptions(options.articles, options.poisonArticles, positive(name, value),
                        options.killWindow, options.brokerDown, options.smtpDown, options.patience,
                        options.servicesDir, options.dataDir, options.report, options.seed);
                case "--broker-down" -> new SuiteOptions(options.articles, options.poisonArticles, options.subscribers,
                        options.killWindow, Duration.ofSeconds(positive(name, value)), options.smtpDown, options.patience,
                        options.servicesDir, options.dataDir, options.report, options.seed);
                case "--smtp-down" -> new SuiteOptions(options.articles, options.poisonArticles, options.subscribers,
                        options.killWindow, options.brokerDown, Duration.ofSeconds(positive(name, value)), options.patience,
                        options.servicesDir, options.dataDir, options.report, options.seed);
                case "--kill-window" -> new SuiteOptions(options.articles, options.poisonArticles, options.subscribers,
                        Duration.ofSeconds(positive(name, value)), options.brokerDown, options.smtpDown, options.patience,
                        options.servicesDir, options.dataDir, options.report, options.seed);
                case "--report" -> new SuiteOptions(options.articles, options.poisonArticles, options.subscribers,
                        options.killWindow, options.brokerDown, options.smtpDown, options.patience,
                        options.servicesDir, options.dataDir, Path.of(value), options.seed);
                case "--services-dir" -> new SuiteOptions(options.articles, options.poisonArticles, options.subscribers,
                        options.killWindow, options.brokerDown, options.smtpDown, options.patience,
                        Path.of(value), options.dataDir, options.report, options.seed);
                case "--data-dir" -> new SuiteOptions(options.articles, options.poisonArticles, options.subscribers,
                        options.killWindow, options.brokerDown, options.smtpDown, options.patience,
                        options.servicesDir, Path.of(value), options.report, options.seed);
                case "--seed" -> new SuiteOptions(options.articles, options.poisonArticles, options.subscribers,
                        options.killWindow, options.brokerDown, options.smtpDown, options.patience,
                        options.servicesDir, options.dataDir, options.report, parseLong(name, value));
                default -> throw new IllegalArgumentException("unknown option " + name);
            };
        }
        return options;
    }

    private SuiteOptions withArticles(int articles, boolean poisonGiven) {
        // the poison scenario's good traffic scales with the run: half as many articles
        return new SuiteOptions(articles, Math.max(4, articles / 2), subscribers, killWindow, brokerDown, smtpDown,
                patience, servicesDir, dataDir, report, seed);
    }

    /** For the JSON report. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("articles", articles);
        map.put("poisonArticles", poisonArticles);
        map.put("subscribers", subscribers);
        map.put("killWindowSeconds", killWindow.toSeconds());
        map.put("brokerDownSeconds", brokerDown.toSeconds());
        map.put("smtpDownSeconds", smtpDown.toSeconds());
        map.put("seed", seed);
        return map;
    }

    private static int positive(String name, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new IllegalArgumentException(name + " must be at least 1: " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number: " + value);
        }
    }

    private static long parseLong(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a number: " + value);
        }
    }

    /** {@code --help}: print the usage and exit 0. */
    public static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super("help", null, false, false);
        }
    }
}
