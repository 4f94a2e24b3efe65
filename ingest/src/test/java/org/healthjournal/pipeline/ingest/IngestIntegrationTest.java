package org.healthjournal.pipeline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.testkit.PipelineTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One application context, real Kafka and a fresh database, shared by every integration test
 * class: they all extend this without adding configuration of their own. It listens on a real port
 * so the browser tests share it too (one consumer group, one database, one inbox).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pipeline.security.users[0].name=alice",
        "pipeline.security.users[0].password={noop}alice-pw",
        "pipeline.security.users[0].email=alice@example.org",
        "pipeline.security.users[0].roles=WRITER",
        "pipeline.security.users[1].name=dana",
        "pipeline.security.users[1].password={noop}dana-pw",
        "pipeline.security.users[1].email=dana@example.org",
        "pipeline.security.users[1].roles=WRITER",
        "pipeline.security.users[2].name=drbob",
        "pipeline.security.users[2].password={noop}drbob-pw",
        "pipeline.security.users[2].email=drbob@example.org",
        "pipeline.security.users[2].roles=REVIEWER",
        "pipeline.security.users[3].name=erin",
        "pipeline.security.users[3].password={noop}erin-pw",
        "pipeline.security.users[3].email=erin@example.org",
        "pipeline.security.users[3].roles=EDITOR,WRITER",
})
@AutoConfigureMockMvc
public abstract class IngestIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected ObjectMapper json;

    @Autowired
    protected PipelineProperties pipeline;

    /** The inbox folder the shared context watches; writers' sub-folders are created at start. */
    protected static final Path INBOX = temporaryFolder();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PipelineTestProperties.kafka(registry);
        PipelineTestProperties.database(registry, "ingest");
        registry.add("pipeline.inbox.folder", INBOX::toString);
        registry.add("pipeline.inbox.poll-delay", () -> "200ms");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("ingest-inbox-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static Map<String, Object> draft(String title) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", title);
        draft.put("dek", "A review of eleven trials suggests a modest effect.");
        draft.put("category", "Immune Health");
        draft.put("tags", List.of("vitamin-d", "immunity"));
        draft.put("body", "## What did the review find?\n\nA small benefit in people who were deficient [1].");
        draft.put("references", List.of(Map.of("title", "Vitamin D supplementation: a systematic review",
                "url", "https://pmc.ncbi.nlm.nih.gov/articles/PMC0000001/", "year", 2024,
                "kind", "peer-reviewed review")));
        draft.put("keyTakeaway", "Ask your care team before starting supplements.");
        return draft;
    }

    protected ResultActions postJson(String path, String user, Object body) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, user + "-pw"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body)));
    }

    protected String submit(String user, Map<String, Object> draft) throws Exception {
        String response = postJson("/api/drafts", user, draft)
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).path("articleId").asText();
    }

    protected JsonNode read(String articleId, String user) throws Exception {
        String response = mvc.perform(get("/api/drafts/" + articleId).with(httpBasic(user, user + "-pw")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response);
    }
}
