package org.healthjournal.pipeline.ops.deadletters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.healthjournal.pipeline.ops.CommandRun;
import org.healthjournal.pipeline.testkit.TestKafka;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthjournal.pipeline.ops.CommandRun.ops;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterTopics.dlqHeaders;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterTopics.eventHeaders;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterTopics.headers;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterTopics.olderDlqHeaders;
import static org.healthjournal.pipeline.ops.deadletters.DeadLetterTopics.write;

class DeadLettersListIT {

    private final String deadLetters = DeadLetterTopics.create("editorial.deadletter", 2);

    @Test
    void listsEveryDeadLetterWithItsOriginAndReason() {
        DeadLetterId approved = write(deadLetters, 1, "article-7", "{\"schemaVersion\":99}", headers(
                eventHeaders("ArticleApproved", "article-7"),
                dlqHeaders("editorial.reviews", 2, 41, "publisher", "MalformedEventException: schemaVersion 99 is not known here")));
        DeadLetterId older = write(deadLetters, 0, "article-3", "not json {", olderDlqHeaders(
                "editorial.published", "notifier", "MalformedEventException: Unexpected character"));

        CommandRun run = ops("dead-letters", "list", "--bootstrap", TestKafka.bootstrapServers(), "--topic", deadLetters);

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).split(" {2,}")).containsExactly(
                "ID", "ORIGINAL TOPIC", "PARTITION", "OFFSET", "CONSUMER", "ARTICLE", "TYPE", "TIME", "ERROR");
        // ordered by partition, then offset
        assertThat(lines.get(1).split(" {2,}")).containsExactly(
                older.toString(), "editorial.published", "-", "-", "notifier", "article-3", "?",
                lines.get(1).split(" {2,}")[7], "MalformedEventException: Unexpected character");
        assertThat(lines.get(1).split(" {2,}")[7]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(lines.get(2).split(" {2,}")).containsExactly(
                approved.toString(), "editorial.reviews", "2", "41", "publisher", "article-7", "ArticleApproved",
                "2025-03-01T10:15:30Z", "MalformedEventException: schemaVersion 99 is not known here");
    }

    @Test
    void listsAsAJsonArrayForScripts() throws Exception {
        DeadLetterId id = write(deadLetters, 0, "article-9", "{}", headers(
                eventHeaders("ArticlePublished", "article-9"),
                dlqHeaders("editorial.published", 1, 5, "notifier", "MailSendException: connection refused")));

        CommandRun run = ops("dead-letters", "list", "--json", "--bootstrap", TestKafka.bootstrapServers(),
                "--topic", deadLetters);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json).hasSize(1);
        JsonNode first = json.get(0);
        assertThat(first.get("id").asText()).isEqualTo(id.toString());
        assertThat(first.get("originalTopic").asText()).isEqualTo("editorial.published");
        assertThat(first.get("originalPartition").asInt()).isEqualTo(1);
        assertThat(first.get("originalOffset").asLong()).isEqualTo(5);
        assertThat(first.get("consumer").asText()).isEqualTo("notifier");
        assertThat(first.get("error").asText()).isEqualTo("MailSendException: connection refused");
        assertThat(first.get("articleId").asText()).isEqualTo("article-9");
        assertThat(first.get("eventType").asText()).isEqualTo("ArticlePublished");
        assertThat(first.get("time").asText()).isEqualTo("2025-03-01T10:15:30.250Z");
    }

    @Test
    void listsOnlyTheNamedConsumersDeadLetters() {
        write(deadLetters, 0, "a-1", "{}", olderDlqHeaders("editorial.reviews", "publisher", "one"));
        write(deadLetters, 0, "a-2", "{}", olderDlqHeaders("editorial.reviews", "ingest-status", "two"));

        CommandRun run = ops("dead-letters", "list", "--consumer", "ingest-status",
                "--bootstrap", TestKafka.bootstrapServers(), "--topic", deadLetters);

        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(1)).contains("ingest-status", "a-2").doesNotContain("publisher");
    }

    @Test
    void anEmptyDeadLetterTopicSaysSo() {
        CommandRun run = ops("dead-letters", "list", "--bootstrap", TestKafka.bootstrapServers(), "--topic", deadLetters);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("no dead letters on " + deadLetters + System.lineSeparator());
    }

    @Test
    void listingLeavesNoConsumerGroupBehind() throws Exception {
        write(deadLetters, 0, "a-1", "{}", olderDlqHeaders("editorial.reviews", "publisher", "one"));
        Set<String> before = groups();

        CommandRun run = ops("dead-letters", "list", "--bootstrap", TestKafka.bootstrapServers(), "--topic", deadLetters);

        assertThat(run.outLines()).hasSize(2);
        assertThat(groups()).isEqualTo(before);
    }

    @Test
    void aMissingDeadLetterTopicIsAnError() {
        CommandRun run = ops("dead-letters", "list", "--bootstrap", TestKafka.bootstrapServers(),
                "--topic", "editorial.deadletter.nowhere");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("topic editorial.deadletter.nowhere does not exist");
        assertThat(run.out()).isEmpty();
    }

    private static Set<String> groups() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            return admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId).collect(Collectors.toSet());
        }
    }
}
