package org.healthjournal.pipeline.bench.stages.fanout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpSourceFloorTest {

    @Test
    void theFloorUsesTheNotifiersConnectionCountAndTheSizeOfOneArticleMail() {
        assertThat(SmtpSourceFloor.command(4, 10_000, 7_321, 2525))
                .containsSubsequence("-s", "4")
                .containsSubsequence("-m", "10000")
                .containsSubsequence("-l", "7321")
                .endsWith("127.0.0.1:2525");
    }

    @Test
    void seededAddressesAreDistinctPerRun() {
        assertThat(SubscriberSeeder.addresses("ab12", 3)).containsExactly("fan-ab12-0@readers.example.org",
                "fan-ab12-1@readers.example.org", "fan-ab12-2@readers.example.org");
    }
}
