package org.healthjournal.pipeline.review;

import org.healthjournal.pipeline.testkit.KilledProcessCommits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void everyCommitToTheDefaultH2DatabaseSurvivesTheProcessBeingKilled() throws Exception {
        String url = KilledProcessCommits.embeddedUrl(dataDir);

        assertThat(url).contains("WRITE_DELAY=0");
        assertThat(KilledProcessCommits.rowsAfterKill(url)).isEqualTo(KilledProcessCommits.ROWS);
    }
}
