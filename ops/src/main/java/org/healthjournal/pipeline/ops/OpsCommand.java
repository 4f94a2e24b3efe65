package org.healthjournal.pipeline.ops;

import org.healthjournal.pipeline.ops.deadletters.DeadLettersCommand;
import org.healthjournal.pipeline.ops.deadletters.DeadLettersOptions;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The operator's command line: {@code java -jar pipeline-ops.jar dead-letters list|replay …}.
 * Plain Java on purpose: an operator runs it during an incident and it should answer at once.
 */
public final class OpsCommand {

    static final String USAGE = """
            Usage: java -jar pipeline-ops.jar dead-letters list [--json] [--consumer NAME] [options]
                   java -jar pipeline-ops.jar dead-letters replay (ID... | --all) [--consumer NAME] [options]

              list     every dead letter: its id, original topic, partition and offset, the consumer
                       that gave up, the error, the article id, the event type and the time
              replay   sends dead letters back to their original topic with the original key, value
                       and headers (without the dlq_* ones) plus dlq_replayed_from=ID; every
                       consumer group of that topic sees them again (consumers are idempotent)

              ID                     a dead letter's PARTITION:OFFSET on the dead-letter topic, e.g. 0:17
              --all                  replay every dead letter (with --consumer: every one of that consumer)
              --consumer NAME        only dead letters that consumer (group) gave up on, e.g. publisher
              --json                 list as a JSON array
              --bootstrap HOST:PORT  Kafka (default: $KAFKA_BOOTSTRAP_SERVERS, else localhost:9092)
              --topic NAME           the dead-letter topic (default: editorial.deadletter)
              -h, --help             this text

            Exit codes: 0 done, 1 not done (unknown id, missing topic, failed send),
                        64 bad command line, 69 Kafka not reachable within 5 s.
            """;

    private OpsCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** Runs one command; {@code out} gets its results, {@code err} what went wrong. Returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            out.print(USAGE);
            return ExitCodes.OK;
        }
        try {
            if (arguments.isEmpty()) {
                throw new UsageException("no command given");
            }
            if (!arguments.get(0).equals("dead-letters")) {
                throw new UsageException("unknown command: " + arguments.get(0));
            }
            DeadLettersOptions options = DeadLettersOptions.parse(arguments.subList(1, arguments.size()),
                    defaultBootstrapServers(environment));
            new DeadLettersCommand(out).run(options);
            return ExitCodes.OK;
        } catch (UsageException e) {
            err.println("pipeline-ops: " + e.getMessage());
            err.print(USAGE);
            return ExitCodes.USAGE;
        } catch (OpsException e) {
            err.println("pipeline-ops: " + e.getMessage());
            return e.exitCode();
        } finally {
            out.flush();
        }
    }

    /** The services' own variable, so the command finds the broker wherever the services do. */
    static String defaultBootstrapServers(Map<String, String> environment) {
        String configured = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        return configured == null || configured.isBlank() ? KafkaConnection.DEFAULT_BOOTSTRAP_SERVERS : configured;
    }
}
