package org.healthjournal.pipeline.ingest.inbox;

import java.util.List;

/**
 * What became of one file: taken (moved to {@code .done/} next to a receipt) or refused (moved to
 * {@code .error/} next to the list of its problems).
 */
record InboxOutcome(String folder, String sidecarName, String sidecar) {

    static final String DONE = ".done";
    static final String ERROR = ".error";

    static InboxOutcome taken(String baseName, String receiptJson) {
        return new InboxOutcome(DONE, baseName + ".json", receiptJson);
    }

    static InboxOutcome refused(String baseName, List<String> problems) {
        return new InboxOutcome(ERROR, baseName + ".errors.txt", String.join(System.lineSeparator(), problems)
                + System.lineSeparator());
    }
}
