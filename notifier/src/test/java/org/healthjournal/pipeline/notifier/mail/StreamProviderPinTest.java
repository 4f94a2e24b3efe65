package org.healthjournal.pipeline.notifier.mail;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StreamProviderPinTest {

    @Test
    void namesAngusMailsStreamProviderSoJakartaMailFindsItWithoutScanningTheClassPath() {
        StreamProviderPin.pin();

        assertThat(System.getProperty(StreamProviderPin.PROPERTY)).isEqualTo(StreamProviderPin.ANGUS);
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(StreamProviderPin.ANGUS);
    }

    @Test
    void leavesAProviderSomeoneChoseAlone() {
        String before = System.getProperty(StreamProviderPin.PROPERTY);
        System.setProperty(StreamProviderPin.PROPERTY, "com.example.TheirStreamProvider");
        try {
            StreamProviderPin.pin();

            assertThat(System.getProperty(StreamProviderPin.PROPERTY)).isEqualTo("com.example.TheirStreamProvider");
        } finally {
            if (before == null) {
                System.clearProperty(StreamProviderPin.PROPERTY);
            } else {
                System.setProperty(StreamProviderPin.PROPERTY, before);
            }
        }
    }
}
