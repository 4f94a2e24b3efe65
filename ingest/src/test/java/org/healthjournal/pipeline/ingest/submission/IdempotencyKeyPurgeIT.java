package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Keys are kept for the retention, then forgotten by the purge job (run here on a clock the test sets). */
class IdempotencyKeyPurgeIT extends IngestIntegrationTest {

    @Autowired
    SubmissionKeys keys;

    private ResultActions submitWithKey(String key, String title) throws Exception {
        return mvc.perform(post("/api/drafts").with(httpBasic("alice", "alice-pw")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(draft(title))));
    }

    private void purgeAt(Instant now) {
        new SubmissionKeyPurge(keys, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(24)).purge();
    }

    @Test
    void aKeyIsRememberedForTheRetentionAndForgottenAfterIt() throws Exception {
        String key = UUID.randomUUID().toString();
        submitWithKey(key, "Does sauna use lower blood pressure?").andExpect(status().isAccepted());

        purgeAt(Instant.now().plus(Duration.ofHours(23)));
        submitWithKey(key, "A different draft under the same key").andExpect(status().isUnprocessableEntity());

        purgeAt(Instant.now().plus(Duration.ofHours(25)));
        submitWithKey(key, "A different draft under the same key").andExpect(status().isAccepted());
    }
}
