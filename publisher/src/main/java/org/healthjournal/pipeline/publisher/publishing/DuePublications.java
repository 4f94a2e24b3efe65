package org.healthjournal.pipeline.publisher.publishing;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for scheduled versions whose time has come, every
 * {@code pipeline.publisher.scheduling.check-every}. What is due is read from the database each
 * time, so a schedule made before a restart is kept, and one missed while the service was down is
 * published at the first check after it starts.
 */
@Component
class DuePublications {

    private final ArticlePublishing publishing;

    DuePublications(ArticlePublishing publishing) {
        this.publishing = publishing;
    }

    @Scheduled(fixedDelayString = "${pipeline.publisher.scheduling.check-every:PT30S}",
            initialDelayString = "${pipeline.publisher.scheduling.check-every:PT30S}")
    void publishDue() {
        publishing.publishDue();
    }
}
