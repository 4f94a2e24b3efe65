package org.healthjournal.pipeline.ingest.submission;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Forgets Idempotency-Keys once they are older than the retention ({@code pipeline.drafts.idempotency.retention},
 * default 24 h): a writer's tool may retry within that time and get the first answer back.
 */
@Component
public class SubmissionKeyPurge {

    private static final Logger log = LoggerFactory.getLogger(SubmissionKeyPurge.class);

    private final SubmissionKeys keys;
    private final Clock clock;
    private final Duration retention;

    public SubmissionKeyPurge(SubmissionKeys keys, Clock clock,
            @Value("${pipeline.drafts.idempotency.retention:24h}") Duration retention) {
        this.keys = keys;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${pipeline.drafts.idempotency.purge-every:1h}",
            initialDelayString = "${pipeline.drafts.idempotency.purge-every:1h}")
    public void purge() {
        int forgotten = keys.forgetOlderThan(clock.instant().minus(retention));
        if (forgotten > 0) {
            log.info("forgot {} Idempotency-Keys older than {}", forgotten, retention);
        }
    }
}
