package org.healthjournal.pipeline.ops.deadletters;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.healthjournal.pipeline.ops.CommandRun;
import org.healthjournal.pipeline.testkit.TestKafka;
import org.healthjournal.pipeline.testkit.TestTopics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.ops.CommandRun.ops;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterTopics.dlqHeaders;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterTopics.eventHeaders;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterTopics.headers;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterTopics.olderDlqHeaders;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterTopics.write;

class DeadLettersReplayIT {

    private final String deadLetters = DeadLetterTopics.create("editorial.deadletter", 2);
    private final String reviews = DeadLetterTopics.create("editorial.reviews", 3);
    private final String published = DeadLetterTopics.create("editorial.published", 3);

    @Test
    void replaysOneDeadLetterToItsOriginalTopicWithoutDlqHeaders() {
        Map<String, String> event = eventHeaders("ArticleApproved", "article-7");
        write(deadLetters, 0, "article-6", "{\"other\":true}", headers(eventHeaders("ArticleApproved", "article-6"),
                dlqHeaders(reviews, 0, 3, "publisher", "first")));
        DeadLetterId chosen = write(deadLetters, 1, "article-7", "{\"schemaVersion\":1}", headers(event,
                dlqHeaders(reviews, 2, 41, "publisher", "IllegalStateException: database down")));

        CommandRun run = replay(chosen.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<ConsumerRecord<String, byte[]>> onReviews = TestTopics.readAll(reviews);
        assertThat(onReviews).hasSize(1);
        ConsumerRecord<String, byte[]> replayed = onReviews.get(0);
        assertThat(replayed.key()).isEqualTo("article-7");
        assertThat(replayed.value()).asString(StandardCharsets.UTF_8).isEqualTo("{\"schemaVersion\":1}");
        Map<String, String> expectedHeaders = new LinkedHashMap<>(event);
        expectedHeaders.put("dlq_replayed_from", chosen.toString());
        assertThat(headersOf(replayed)).containsExactlyEntriesOf(expectedHeaders);
        assertThat(run.outLines()).containsExactly("replayed " + chosen + " -> " + reviews + " (partition "
                + replayed.partition() + ", offset " + replayed.offset()
                + "): article article-7, ArticleApproved, dead-lettered by publisher");
    }

    @Test
    void replayAllFiltersByConsumer() {
        write(deadLetters, 0, "a-1", "{\"n\":1}", headers(eventHeaders("ArticleApproved", "a-1"),
                olderDlqHeaders(reviews, "publisher", "one")));
        write(deadLetters, 1, "a-2", "{\"n\":2}", headers(eventHeaders("ArticlePublished", "a-2"),
                dlqHeaders(published, 0, 0, "notifier", "two")));
        write(deadLetters, 1, "a-3", "{\"n\":3}", headers(eventHeaders("ArticleApproved", "a-3"),
                dlqHeaders(reviews, 1, 9, "publisher", "three")));

        CommandRun run = replay("--all", "--consumer", "publisher");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(TestTopics.readAll(reviews)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("a-1", "a-3");
        assertThat(TestTopics.readAll(published)).isEmpty();
        assertThat(run.outLines()).hasSize(2).allMatch(line -> line.startsWith("replayed ")
                && line.endsWith("dead-lettered by publisher"));
    }

    @Test
    void replayAllWithoutAConsumerReplaysEveryDeadLetterToItsOwnTopic() {
        write(deadLetters, 0, "a-1", "{}", olderDlqHeaders(reviews, "publisher", "one"));
        write(deadLetters, 1, "a-2", "{}", olderDlqHeaders(published, "notifier", "two"));

        CommandRun run = replay("--all");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(TestTopics.readAll(reviews)).extracting(ConsumerRecord::key).containsExactly("a-1");
        assertThat(TestTopics.readAll(published)).extracting(ConsumerRecord::key).containsExactly("a-2");
    }

    @Test
    void unknownIdIsAnErrorAndReplaysNothing() {
        DeadLetterId known = write(deadLetters, 0, "a-1", "{}", olderDlqHeaders(reviews, "publisher", "one"));

        CommandRun run = replay(known.toString(), "0:99");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no dead letter 0:99", "nothing replayed");
        assertThat(run.out()).isEmpty();
        assertThat(TestTopics.readAll(reviews)).isEmpty();
    }

    @Test
    void aDeadLetterWhoseTopicIsGoneIsAnErrorAndReplaysNothing() {
        DeadLetterId fine = write(deadLetters, 0, "a-1", "{}", olderDlqHeaders(reviews, "publisher", "one"));
        DeadLetterId orphan = write(deadLetters, 0, "a-2", "{}",
                olderDlqHeaders("editorial.retired", "publisher", "two"));

        CommandRun run = replay(fine.toString(), orphan.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("topic editorial.retired does not exist");
        assertThat(TestTopics.readAll(reviews)).isEmpty();
    }

    @Test
    void nothingFromTheNamedConsumerIsNotAnError() {
        write(deadLetters, 0, "a-1", "{}", olderDlqHeaders(reviews, "publisher", "one"));

        CommandRun run = replay("--all", "--consumer", "review-workflow");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("no dead letters to replay on " + deadLetters + " from consumer review-workflow");
        assertThat(TestTopics.readAll(reviews)).isEmpty();
    }

    private CommandRun replay(String... selection) {
        List<String> args = new java.util.ArrayList<>(List.of("dead-letters", "replay"));
        args.addAll(Arrays.asList(selection));
        args.addAll(List.of("--bootstrap", TestKafka.bootstrapServers(), "--topic", deadLetters));
        return ops(args.toArray(String[]::new));
    }

    private static Map<String, String> headersOf(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
