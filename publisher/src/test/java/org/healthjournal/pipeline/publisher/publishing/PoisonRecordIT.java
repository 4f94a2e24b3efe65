package org.healthjournal.pipeline.publisher.publishing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.healthjournal.pipeline.events.EventHeaders;
import org.healthjournal.pipeline.publisher.PublisherIntegrationTest;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.healthjournal.pipeline.publisher.Approvals.approved;
import static org.healthjournal.pipeline.publisher.Approvals.newArticleId;

class PoisonRecordIT extends PublisherIntegrationTest {

    @Test
    void poisonRecordIsDeadLetteredAndTheApprovalBehindItIsStillPublished() {
        String articleId = newArticleId();
        byte[] poison = "this is { not an event".getBytes(StandardCharsets.UTF_8);
        // same key, so same partition: the approval queues up behind the poison record
        TestTopics.send(pipeline.getTopics().getReviews(), articleId, poison);
        sendReview(approved(articleId, 1, "Do probiotics prevent colds?"));

        ConsumerRecord<String, byte[]> deadLetter = await().atMost(Duration.ofSeconds(30)).until(
                () -> TestTopics.readAll(pipeline.getTopics().getDeadLetter()).stream()
                        .filter(record -> articleId.equals(record.key())).findFirst(),
                Optional::isPresent).orElseThrow();
        assertThat(deadLetter.value()).isEqualTo(poison);
        Header error = deadLetter.headers().lastHeader(EventHeaders.DLQ_ERROR);
        assertThat(error).isNotNull();
        assertThat(new String(error.value(), StandardCharsets.UTF_8)).contains("MalformedEventException");
        assertThat(new String(deadLetter.headers().lastHeader(EventHeaders.DLQ_CONSUMER).value(),
                StandardCharsets.UTF_8)).isEqualTo("publisher");

        assertThat(awaitPublished(articleId, 1).slug()).isEqualTo("do-probiotics-prevent-colds");
    }
}
