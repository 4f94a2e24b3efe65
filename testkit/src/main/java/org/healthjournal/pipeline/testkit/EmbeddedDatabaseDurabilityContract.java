package org.healthjournal.pipeline.testkit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service's embedded default database must do, inherited by a test class in each
 * service: every commit to the H2 file database its {@code application.yml} names survives the
 * process being killed right after (see {@link KilledProcessCommits}).
 */
public abstract class EmbeddedDatabaseDurabilityContract {

    @TempDir
    Path dataDir;

    @Test
    void everyCommitToTheDefaultH2DatabaseSurvivesTheProcessBeingKilled() throws Exception {
        String url = KilledProcessCommits.embeddedUrl(dataDir);

        assertTrue(url.contains("WRITE_DELAY=0"), () -> "H2 writes commits later than they return: " + url);
        assertEquals(KilledProcessCommits.ROWS, KilledProcessCommits.rowsAfterKill(url),
                "rows committed before the kill that are still there");
    }
}
