package org.healthjournal.pipeline.ingest.tracking;

import org.healthjournal.pipeline.ingest.drafts.DraftStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.ingest.drafts.DraftStatus.*;

class DraftStatusTest {

    @Test
    void aNewerEventMovesTheStatusOn() {
        assertThat(SUBMITTED.then(IN_REVIEW)).isEqualTo(IN_REVIEW);
        assertThat(IN_REVIEW.then(APPROVED)).isEqualTo(APPROVED);
        assertThat(APPROVED.then(SCHEDULED)).isEqualTo(SCHEDULED);
        assertThat(SCHEDULED.then(PUBLISHED)).isEqualTo(PUBLISHED);
        assertThat(PUBLISHED.then(RETRACTED)).isEqualTo(RETRACTED);
    }

    @Test
    void aPublishedVersionDoesNotGoBackToAStepBeforePublication() {
        assertThat(PUBLISHED.then(APPROVED)).isEqualTo(PUBLISHED);
        assertThat(PUBLISHED.then(SCHEDULED)).isEqualTo(PUBLISHED);
        assertThat(PUBLISHED.then(IN_REVIEW)).isEqualTo(PUBLISHED);
    }

    @Test
    void aReReviewOfAPublishedVersionCanAskForChanges() {
        assertThat(PUBLISHED.then(CHANGES_REQUESTED)).isEqualTo(CHANGES_REQUESTED);
    }

    @Test
    void rejectedWithdrawnAndRetractedAreFinalForTheVersion() {
        for (DraftStatus end : new DraftStatus[] {REJECTED, WITHDRAWN, RETRACTED}) {
            for (DraftStatus incoming : DraftStatus.values()) {
                assertThat(end.then(incoming)).isEqualTo(end);
            }
            assertThat(end.takesRevision()).isFalse();
        }
    }

    @Test
    void onlyARequestForChangesTakesARevision() {
        assertThat(CHANGES_REQUESTED.takesRevision()).isTrue();
        assertThat(SUBMITTED.takesRevision()).isFalse();
        assertThat(PUBLISHED.takesRevision()).isFalse();
    }
}
