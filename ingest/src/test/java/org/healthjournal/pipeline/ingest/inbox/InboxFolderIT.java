package org.healthjournal.pipeline.ingest.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.healthjournal.pipeline.ingest.IngestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InboxFolderIT extends IngestIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    JdbcClient jdbc;

    private static String file(String title, String extraFront) {
        return """
                ---
                %stitle: %s
                dek: Small trials disagree.
                category: Immune Health
                references:
                  - {title: Zinc for the common cold, url: "https://doi.org/10.1002/14651858", year: 2013}
                ---
                Lozenges may shorten colds a little [1].
                """.formatted(extraFront, title);
    }

    private static Path appeared(Path expected) {
        await().atMost(WAIT).until(() -> Files.exists(expected));
        return expected;
    }

    @Test
    void everyConfiguredWriterHasAFolder() {
        assertThat(INBOX.resolve("alice")).isDirectory();
        assertThat(INBOX.resolve("dana")).isDirectory();
        assertThat(INBOX.resolve("drbob")).doesNotExist();
    }

    @Test
    void aFileIsSubmittedAsItsWriterOnlyOnceItHasItsFinalName() throws Exception {
        Path alice = INBOX.resolve("alice");
        Path hidden = Files.writeString(alice.resolve(".zinc.md"), file("Zinc, hidden while written", ""));
        Path partial = Files.writeString(alice.resolve("zinc.md.part"), file("Zinc, still being written", ""));
        Path marker = Files.writeString(alice.resolve("marker.md"), file("Zinc, written in one go", ""));

        JsonNode receipt = json.readTree(Files.readString(appeared(alice.resolve(".done/marker.json"))));
        assertThat(alice.resolve(".done/marker.md")).exists();
        assertThat(marker).doesNotExist();
        assertThat(receipt.path("version").asInt()).isEqualTo(1);
        assertThat(read(receipt.path("articleId").asText(), "alice").path("author").asText()).isEqualTo("alice");
        // the poll that took marker.md saw the others and left them alone
        assertThat(hidden).exists();
        assertThat(partial).exists();

        Files.move(partial, alice.resolve("zinc.md"));
        JsonNode renamed = json.readTree(Files.readString(appeared(alice.resolve(".done/zinc.json"))));
        assertThat(read(renamed.path("articleId").asText(), "alice").path("title").asText())
                .isEqualTo("Zinc, still being written");
        assertThat(hidden).exists();
    }

    @Test
    void anInvalidFileGoesToErrorWithEveryProblemListed() throws Exception {
        Path dana = INBOX.resolve("dana");
        Files.writeString(dana.resolve("astrology.md"), file("Stars and colds", "")
                .replace("Immune Health", "Astrology").replace("[1]", "[1] and [3]"));

        String errors = Files.readString(appeared(dana.resolve(".error/astrology.errors.txt")));
        assertThat(dana.resolve(".error/astrology.md")).exists();
        assertThat(errors).contains("category: must be one of:").contains("body: cites [3]");
        assertThat(dana.resolve(".done/astrology.json")).doesNotExist();
    }

    @Test
    void anUnreadableFileSaysWhyInItsErrorFile() throws Exception {
        Path dana = INBOX.resolve("dana");
        Files.writeString(dana.resolve("no-front-matter.md"), "# Just a heading\n");
        assertThat(Files.readString(appeared(dana.resolve(".error/no-front-matter.errors.txt"))))
                .contains("must start with YAML front matter");
    }

    @Test
    void aFileNamingItsArticleIsARevision() throws Exception {
        String articleId = submit("alice", draft("Revised by file"));
        jdbc.sql("update draft set status = 'CHANGES_REQUESTED' where article_id = ?").param(articleId).update();

        Path alice = INBOX.resolve("alice");
        Files.writeString(alice.resolve("revision.md"), file("Revised by file, version 2", "articleId: " + articleId + "\n"));

        JsonNode receipt = json.readTree(Files.readString(appeared(alice.resolve(".done/revision.json"))));
        assertThat(receipt.path("articleId").asText()).isEqualTo(articleId);
        assertThat(receipt.path("version").asInt()).isEqualTo(2);
        assertThat(read(articleId, "alice").path("title").asText()).isEqualTo("Revised by file, version 2");
    }

    @Test
    void anotherWritersArticleCannotBeRevisedFromMyFolder() throws Exception {
        String articleId = submit("alice", draft("Alice's own"));
        jdbc.sql("update draft set status = 'CHANGES_REQUESTED' where article_id = ?").param(articleId).update();

        Path dana = INBOX.resolve("dana");
        Files.writeString(dana.resolve("not-mine.md"), file("Dana's take", "articleId: " + articleId + "\n"));
        assertThat(Files.readString(appeared(dana.resolve(".error/not-mine.errors.txt"))))
                .contains("There is no draft " + articleId + " that you can see");
    }
}
