package org.healthjournal.pipeline.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How big and how often. The full run's defaults are the numbers; {@link #smoke} keeps
 * every stage but with tiny counts and one repetition, so that CI proves the bench still runs.
 *
 * @param smoke            tiny counts, one repetition, targets reported but not required
 * @param repetitions      how many times each stage measures its pipeline figure and its floor
 * @param clients          concurrent HTTP clients (ingest, readers) and Kafka senders (ingest floor)
 * @param draftsPerRun     drafts posted per ingest repetition (valid and invalid each)
 * @param reviewArticles   drafts per review repetition
 * @param pages            pages per publisher repetition; the full rebuild row uses {@link #rebuildPages}
 * @param rebuildPages     published pages a full static rebuild renders
 * @param subscribers      confirmed subscribers of the fan-out article
 * @param requestsPerRun   requests per readers' repetition, per path
 * @param endToEndArticles articles approved one after the other for the end-to-end latency
 * @param serviceJvmOptions the JVM options of the four services in the bench's stack
 * @param stages           the stages to run, by {@link Stage#name()}; empty = all
 */
public record BenchOptions(boolean smoke, int repetitions, int clients, int draftsPerRun, int reviewArticles,
                           int pages, int rebuildPages, int subscribers, int requestsPerRun, int endToEndArticles,
                           List<String> serviceJvmOptions, List<String> stages, Path servicesDir, Path dataDir,
                           Path outDir) {

    /** Production-like service JVMs: full JIT (the local stack's C1-only flag costs peak throughput). */
    public static final List<String> PRODUCTION_SERVICE_JVM_OPTIONS =
            List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC");

    public static final String USAGE = """
            usage: java -jar bench.jar [--smoke] [--repetitions N] [--stages a,b,…] [--out DIR]
                   [--services-dir DIR] [--data-dir DIR]
            Starts the local stack (Kafka, mail, the four services) on free ports, measures every stage
            beside its floor in the same run, prints a table and writes bench-report.json and
            bench-report.html into --out (default: bench-report next to the jar). Exit status 0 when
            every target held (always 0 with --smoke unless a stage crashed), 1 otherwise, 64 for a
            bad option.""";

    public static BenchOptions full(Path home) {
        return new BenchOptions(false, 5, 16, 2_000, 300, 500, 5_000, 10_000, 3_000, 200,
                PRODUCTION_SERVICE_JVM_OPTIONS, List.of(), home.resolve("services"), home.resolve("bench-stack"),
                home.resolve("bench-report"));
    }

    public static BenchOptions smoke(Path servicesDir, Path dataDir, Path outDir) {
        return new BenchOptions(true, 1, 4, 40, 5, 20, 50, 20, 100, 3,
                PRODUCTION_SERVICE_JVM_OPTIONS, List.of(), servicesDir, dataDir, outDir);
    }

    /** Whether the stage of that name is part of this run. */
    public boolean runs(String stage) {
        return stages.isEmpty() || stages.contains(stage);
    }

    /** @throws IllegalArgumentException for an unknown option or a bad value */
    public static BenchOptions parse(String[] args, BenchOptions defaults) {
        BenchOptions o = defaults;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                throw new HelpRequested();
            }
            if (name.equals("--smoke")) {
                BenchOptions s = smoke(o.servicesDir, o.dataDir, o.outDir);
                o = new BenchOptions(true, s.repetitions, s.clients, s.draftsPerRun, s.reviewArticles, s.pages,
                        s.rebuildPages, s.subscribers, s.requestsPerRun, s.endToEndArticles, o.serviceJvmOptions,
                        o.stages, o.servicesDir, o.dataDir, o.outDir);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String value = args[++i];
            o = switch (name) {
                case "--repetitions" -> new BenchOptions(o.smoke, positive(name, value), o.clients, o.draftsPerRun,
                        o.reviewArticles, o.pages, o.rebuildPages, o.subscribers, o.requestsPerRun,
                        o.endToEndArticles, o.serviceJvmOptions, o.stages, o.servicesDir, o.dataDir, o.outDir);
                case "--stages" -> new BenchOptions(o.smoke, o.repetitions, o.clients, o.draftsPerRun,
                        o.reviewArticles, o.pages, o.rebuildPages, o.subscribers, o.requestsPerRun,
                        o.endToEndArticles, o.serviceJvmOptions, List.of(value.split(",")), o.servicesDir,
                        o.dataDir, o.outDir);
                case "--out" -> new BenchOptions(o.smoke, o.repetitions, o.clients, o.draftsPerRun,
                        o.reviewArticles, o.pages, o.rebuildPages, o.subscribers, o.requestsPerRun,
                        o.endToEndArticles, o.serviceJvmOptions, o.stages, o.servicesDir, o.dataDir, Path.of(value));
                case "--services-dir" -> new BenchOptions(o.smoke, o.repetitions, o.clients, o.draftsPerRun,
                        o.reviewArticles, o.pages, o.rebuildPages, o.subscribers, o.requestsPerRun,
                        o.endToEndArticles, o.serviceJvmOptions, o.stages, Path.of(value), o.dataDir, o.outDir);
                case "--data-dir" -> new BenchOptions(o.smoke, o.repetitions, o.clients, o.draftsPerRun,
                        o.reviewArticles, o.pages, o.rebuildPages, o.subscribers, o.requestsPerRun,
                        o.endToEndArticles, o.serviceJvmOptions, o.stages, o.servicesDir, Path.of(value), o.outDir);
                default -> throw new IllegalArgumentException("unknown option " + name);
            };
        }
        return o;
    }

    /** The settings as the report shows them. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("mode", smoke ? "smoke (tiny counts, targets not required)" : "full");
        map.put("repetitions", String.valueOf(repetitions));
        map.put("clients", String.valueOf(clients));
        map.put("drafts per ingest repetition", String.valueOf(draftsPerRun));
        map.put("drafts per review repetition", String.valueOf(reviewArticles));
        map.put("pages per publisher repetition", String.valueOf(pages));
        map.put("pages in a full rebuild", String.valueOf(rebuildPages));
        map.put("fan-out subscribers", String.valueOf(subscribers));
        map.put("requests per readers' repetition", String.valueOf(requestsPerRun));
        map.put("end-to-end articles", String.valueOf(endToEndArticles));
        map.put("service JVM options", String.join(" ", serviceJvmOptions));
        map.put("stages", stages.isEmpty() ? "all" : String.join(",", stages));
        return map;
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(name + " needs a positive whole number, not '" + value + "'");
    }

    /** {@code --help}: print the usage and exit 0. */
    public static final class HelpRequested extends RuntimeException {
        public HelpRequested() {
            super(null, null, false, false);
        }
    }
}
