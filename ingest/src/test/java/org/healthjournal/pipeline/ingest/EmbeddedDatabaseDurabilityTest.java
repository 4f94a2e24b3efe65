package org.healthjournal.pipeline.ingest;

import org.healthjournal.pipeline.testkit.EmbeddedDatabaseDurabilityContract;

/** This service's default H2 database keeps every commit when the process is killed. */
class EmbeddedDatabaseDurabilityTest extends EmbeddedDatabaseDurabilityContract {
}
