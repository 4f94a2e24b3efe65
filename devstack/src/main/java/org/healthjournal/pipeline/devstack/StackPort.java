package org.healthjournal.pipeline.devstack;

import org.healthjournal.pipeline.devstack.services.Service;

/** Every TCP port the local stack listens on, with what needs it and its default. */
public enum StackPort {
    KAFKA("the Kafka broker", 9092),
    KAFKA_CONTROLLER("the Kafka KRaft controller", 9093),
    SMTP("the GreenMail SMTP server", 3025),
    IMAP("the GreenMail IMAP server", 3143),
    MAIL_PAGE("the mail web page", 8025),
    INGEST("the ingest service", Service.INGEST.defaultPort()),
    REVIEW_WORKFLOW("the review-workflow service", Service.REVIEW_WORKFLOW.defaultPort()),
    PUBLISHER("the publisher service", Service.PUBLISHER.defaultPort()),
    NOTIFIER("the notifier service", Service.NOTIFIER.defaultPort());

    private final String purpose;
    private final int defaultPort;

    StackPort(String purpose, int defaultPort) {
        this.purpose = purpose;
        this.defaultPort = defaultPort;
    }

    public String purpose() {
        return purpose;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public static StackPort of(Service service) {
        return switch (service) {
            case INGEST -> INGEST;
            case REVIEW_WORKFLOW -> REVIEW_WORKFLOW;
            case PUBLISHER -> PUBLISHER;
            case NOTIFIER -> NOTIFIER;
        };
    }
}
