package org.healthjournal.pipeline.ingest.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.events.EventCodec;
import org.healthjournal.pipeline.ingest.drafts.DraftStore;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.outbox.Outbox;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API says "accepted" only once the draft and its event are committed together: the event in
 * the outbox, from where the relay sends it to Kafka. Without Kafka at all, as here.
 */
class DraftAndEventCommitTogetherTest {

    private JdbcClient jdbc;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).locations("classpath:db/migration", "classpath:db/outbox").load().migrate();
        jdbc = JdbcClient.create(database);
        DraftRules rules = new DraftRules(List.of("Immune Health"), List.of(), DataSize.ofMegabytes(1));
        DraftSubmissions submissions = new DraftSubmissions(new DraftStore(jdbc), new SubmissionKeys(jdbc),
                new DraftValidator(rules), new Outbox(jdbc, Clock.systemUTC()),
                new TransactionTemplate(new DataSourceTransactionManager(database)), new PipelineProperties(),
                Clock.systemUTC());
        mvc = MockMvcBuilders.standaloneSetup(new SubmissionController(submissions, new DraftReader(rules)))
                .setControllerAdvice(new ProblemDetailsAdvice())
                .build();
    }

    @Test
    void storesTheDraftAndQueuesItsEventInOneTransaction() throws Exception {
        submit().andExpect(status().isAccepted());

        assertThat(rows("draft")).isOne();
        assertThat(rows("draft_version")).isOne();
        assertThat(rows("draft_status_history")).isOne();
        String articleId = jdbc.sql("select article_id from draft").query(String.class).single();
        assertThat(queued()).singleElement().isInstanceOfSatisfying(DraftSubmitted.class, event -> {
            assertThat(event.articleId()).isEqualTo(articleId);
            assertThat(event.author()).isEqualTo("alice");
        });
    }

    @Test
    void storesNothingWhenItsEventCannotBeQueued() throws Exception {
        jdbc.sql("alter table outbox_event rename to outbox_event_away").update();

        submit().andExpect(status().is5xxServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(rows("draft")).isZero();
        assertThat(rows("draft_version")).isZero();
        assertThat(rows("draft_status_history")).isZero();
    }

    private ResultActions submit() throws Exception {
        Map<String, Object> draft = Map.of("title", "Could vitamin D shorten a cold?", "dek", "Maybe a little.",
                "category", "Immune Health", "body", "Small trials suggest a modest effect [1].",
                "references", List.of(Map.of("title", "A review", "url", "https://doi.org/10.1000/1")));
        return mvc.perform(post("/api/drafts")
                .principal(new UsernamePasswordAuthenticationToken("alice", null,
                        AuthorityUtils.createAuthorityList("ROLE_WRITER")))
                .contentType(MediaType.APPLICATION_JSON)
                .content(new ObjectMapper().writeValueAsBytes(draft)));
    }

    private List<Object> queued() {
        return jdbc.sql("select payload from outbox_event order by id").query(String.class).list().stream()
                .map(json -> (Object) EventCodec.fromJson(json.getBytes(StandardCharsets.UTF_8)).orElseThrow())
                .toList();
    }

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
