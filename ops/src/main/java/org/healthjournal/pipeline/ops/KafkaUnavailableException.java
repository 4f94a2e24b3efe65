package org.healthjournal.pipeline.ops;

/** Kafka did not answer in time (or the bootstrap address cannot even be resolved). */
public class KafkaUnavailableException extends OpsException {

    public KafkaUnavailableException(KafkaConnection kafka, Throwable cause) {
        super("cannot reach Kafka at " + kafka.bootstrapServers() + " within " + kafka.timeout().toSeconds()
                + " s (" + rootMessage(cause) + ")", cause);
    }

    @Override
    public int exitCode() {
        return ExitCodes.UNAVAILABLE;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
