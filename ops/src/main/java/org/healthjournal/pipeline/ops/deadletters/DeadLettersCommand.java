package org.healthjournal.pipeline.ops.deadletters;

import org.healthjournal.pipeline.ops.KafkaConnection;

import java.io.PrintStream;
import java.util.List;

/** {@code dead-letters list} and {@code dead-letters replay}: reads the topic, then shows or replays. */
public final class DeadLettersCommand {

    private final PrintStream out;

    public DeadLettersCommand(PrintStream out) {
        this.out = out;
    }

    public void run(DeadLettersOptions options) {
        KafkaConnection kafka = new KafkaConnection(options.bootstrapServers(), KafkaConnection.DEFAULT_TIMEOUT);
        List<DeadLetter> onTopic = new DeadLetterReader(kafka, options.topic()).readAll();
        switch (options.action()) {
            case LIST -> list(options, onTopic);
            case REPLAY -> replay(options, kafka, onTopic);
        }
    }

    private void list(DeadLettersOptions options, List<DeadLetter> onTopic) {
        List<DeadLetter> shown = options.selection().choose(onTopic);
        if (options.json()) {
            DeadLetterJson.print(shown, out);
        } else if (shown.isEmpty()) {
            out.println("no dead letters on " + options.topic() + fromConsumer(options));
        } else {
            DeadLetterTable.print(shown, out);
        }
    }

    private void replay(DeadLettersOptions options, KafkaConnection kafka, List<DeadLetter> onTopic) {
        List<DeadLetter> chosen = options.selection().choose(onTopic);
        if (chosen.isEmpty()) {
            out.println("no dead letters to replay on " + options.topic() + fromConsumer(options));
            return;
        }
        new DeadLetterReplayer(kafka).replay(chosen, replayed -> out.println(describe(replayed)));
    }

    static String describe(Replayed replayed) {
        DeadLetter from = replayed.from();
        return "replayed " + from.id() + " -> " + replayed.topic() + " (partition " + replayed.partition()
                + ", offset " + replayed.offset() + "): article " + orMissing(from.articleId())
                + ", " + (from.eventType() == null ? "?" : from.eventType())
                + ", dead-lettered by " + orMissing(from.consumer());
    }

    private static String fromConsumer(DeadLettersOptions options) {
        return options.consumer() == null ? "" : " from consumer " + options.consumer();
    }

    private static String orMissing(String value) {
        return value == null ? "-" : value;
    }
}
