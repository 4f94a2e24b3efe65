package org.healthjournal.pipeline.faults.scenarios;

import org.healthjournal.pipeline.devstack.LocalStack;
import org.healthjournal.pipeline.faults.SuiteOptions;
import org.healthjournal.pipeline.faults.client.Mailboxes;
import org.healthjournal.pipeline.faults.client.StaffHttp;
import org.healthjournal.pipeline.faults.kafka.TopicWatcher;
import org.healthjournal.pipeline.faults.stack.ServiceDatabases;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * What every scenario works with: the running stack, clients, the topic watcher, the confirmed
 * subscribers, and (when PostgreSQL is there) the publisher's database for the outage of the
 * replay scenario.
 *
 * @param runId tells this run's articles and poison apart from anything else on the topics
 */
public record SuiteContext(LocalStack stack, SuiteOptions options, StaffHttp http, Mailboxes mailboxes,
                           TopicWatcher watcher, List<String> subscribers, Random random, String runId,
                           Optional<ServiceDatabases> databases, Optional<ServiceDatabases.Database> publisherDatabase) {

    /** The staff user the suite uses to read staff APIs (publisher, notifier). */
    public static final String EDITOR = "erin";
    public static final String REVIEWER = "drbob";
    public static final List<String> WRITERS = List.of("alice", "dana");
}
