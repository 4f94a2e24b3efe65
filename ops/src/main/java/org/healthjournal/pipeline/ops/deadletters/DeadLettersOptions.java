package org.healthjournal.pipeline.ops.deadletters;

import org.healthjournal.pipeline.events.Topics;
import org.healthjournal.pipeline.ops.UsageException;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line after {@code dead-letters}, checked completely before Kafka is contacted, so a
 * mistyped command fails at once with the usage text instead of after a broker timeout.
 *
 * @param consumer only dead letters from this consumer (group); null for any
 */
public record DeadLettersOptions(Action action, String bootstrapServers, String topic, boolean json,
                                 String consumer, DeadLetterSelection selection) {

    public enum Action { LIST, REPLAY }

    /** @throws UsageException on anything that is not a valid {@code list} or {@code replay} command line */
    public static DeadLettersOptions parse(List<String> args, String defaultBootstrapServers) {
        if (args.isEmpty()) {
            throw new UsageException("dead-letters needs a command: list or replay");
        }
        Action action = switch (args.get(0)) {
            case "list" -> Action.LIST;
            case "replay" -> Action.REPLAY;
            default -> throw new UsageException("unknown dead-letters command: " + args.get(0));
        };
        String bootstrap = defaultBootstrapServers;
        String topic = Topics.DEAD_LETTER;
        String consumer = null;
        boolean json = false;
        boolean all = false;
        List<DeadLetterId> ids = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            String inline = arg.startsWith("--") && equals > 0 ? arg.substring(equals + 1) : null;
            switch (name) {
                case "--bootstrap" -> {
                    bootstrap = value(name, inline, args, i);
                    i += inline == null ? 1 : 0;
                }
                case "--topic" -> {
                    topic = value(name, inline, args, i);
                    i += inline == null ? 1 : 0;
                }
                case "--consumer" -> {
                    consumer = value(name, inline, args, i);
                    i += inline == null ? 1 : 0;
                }
                case "--json" -> {
                    flagOnly(name, inline, action, Action.LIST);
                    json = true;
                }
                case "--all" -> {
                    flagOnly(name, inline, action, Action.REPLAY);
                    all = true;
                }
                default -> {
                    if (name.startsWith("-")) {
                        throw new UsageException("unknown option: " + name);
                    }
                    if (action == Action.LIST) {
                        throw new UsageException("list takes no arguments: " + arg);
                    }
                    ids.add(id(arg));
                }
            }
        }
        if (action == Action.REPLAY && ids.isEmpty() && !all) {
            throw new UsageException("replay needs dead-letter ids (PARTITION:OFFSET) or --all");
        }
        if (!ids.isEmpty() && all) {
            throw new UsageException("replay takes either ids or --all, not both");
        }
        DeadLetterSelection selection = all || action == Action.LIST
                ? DeadLetterSelection.everything(consumer)
                : DeadLetterSelection.byId(ids, consumer);
        return new DeadLettersOptions(action, bootstrap, topic, json, consumer, selection);
    }

    private static String value(String name, String inline, List<String> args, int i) {
        String value = inline != null ? inline : i + 1 < args.size() ? args.get(i + 1) : null;
        if (value == null || value.isBlank() || (inline == null && value.startsWith("--"))) {
            throw new UsageException(name + " needs a value");
        }
        return value;
    }

    private static void flagOnly(String name, String inline, Action action, Action allowedWith) {
        if (inline != null) {
            throw new UsageException(name + " takes no value");
        }
        if (action != allowedWith) {
            throw new UsageException(name + " is only for " + allowedWith.name().toLowerCase());
        }
    }

    private static DeadLetterId id(String arg) {
        try {
            return DeadLetterId.parse(arg);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
