package org.healthjournal.pipeline.support.security;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.healthjournal.pipeline.support.SupportIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityObservationsIT extends SupportIntegrationTest {

    @Autowired
    ObservationRegistry observations;

    @Test
    void springSecurityIsNotObservedButHttpRequestsAre() {
        Observation filterChain = Observation.start("spring.security.filterchains", observations);
        Observation request = Observation.start("http.server.requests", observations);

        assertThat(filterChain.isNoop()).isTrue();
        assertThat(request.isNoop()).isFalse();
        filterChain.stop();
        request.stop();
    }
}
