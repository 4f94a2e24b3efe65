package org.healthjournal.pipeline.ingest.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.healthjournal.pipeline.events.ArticleEvent;
import org.healthjournal.pipeline.ingest.drafts.DraftStore;
import org.healthjournal.pipeline.support.PipelineProperties;
import org.healthjournal.pipeline.support.kafka.EventPublishException;
import org.healthjournal.pipeline.support.kafka.EventPublisher;
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
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API may only say "accepted" once Kafka has the event; a stub publisher plays the broker. */
class SubmissionWithoutKafkaAckTest {

    private final List<ArticleEvent> acknowledged = new ArrayList<>();
    private boolean kafkaAnswers;
    private JdbcClient jdbc;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).load().migrate();
        jdbc = JdbcClient.create(database);
        EventPublisher kafka = new EventPublisher(null, "test") {
            @Override
            public void publish(String topic, ArticleEvent event) {
                if (!kafkaAnswers) {
                    throw new EventPublishException("no ack for " + event.eventId(), new IllegalStateException("timeout"));
                }
                acknowledged.add(event);
            }
        };
        DraftSubmissions submissions = new DraftSubmissions(new DraftStore(jdbc),
                kafka, new TransactionTemplate(new DataSourceTransactionManager(database)),
                new PipelineProperties(), Clock.systemUTC());
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new SubmissionController(submissions, new MarkdownDrafts(validator)))
                .setControllerAdvice(new ProblemDetailsAdvice())
                .setValidator(validator)
                .build();
    }

    @Test
    void storesNothingAndAnswers503WhenKafkaDoesNotAcknowledge() throws Exception {
        kafkaAnswers = false;

        submit().andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(rows("draft")).isZero();
        assertThat(rows("draft_version")).isZero();
        assertThat(rows("draft_status_history")).isZero();
    }

    @Test
    void storesDraftOnceKafkaAcknowledges() throws Exception {
        kafkaAnswers = true;

        submit().andExpect(status().isAccepted());

        assertThat(acknowledged).hasSize(1);
        assertThat(rows("draft")).isOne();
        assertThat(rows("draft_version")).isOne();
        assertThat(rows("draft_status_history")).isOne();
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

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
