package org.healthjournal.pipeline.support;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.healthjournal.pipeline.testkit.PipelineTestProperties;
import org.healthjournal.pipeline.testkit.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * The one context service-support's integration tests share: {@link SupportTestApplication} on
 * the test Kafka broker and a fresh database (PostgreSQL when reachable, else H2) migrated by Flyway,
 * in a real servlet container on a free port (tests of what Tomcat does need one). A subclass must
 * not change the context's configuration: a second context would run a second test consumer in
 * the same group, which takes records meant for the first.
 */
@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("support-test")
public abstract class SupportIntegrationTest {

    /** The topic the test consumer route reads. */
    public static final String TEST_TOPIC = "support.test.events";
    public static final String TEST_CONSUMER = "support-test";
    /** The topic the outbox tests send to (nothing consumes it). */
    public static final String TEST_TOPIC_OUT = "support.test.outbox";

    @Autowired
    private DataSource testDatabase;

    /** The test database's product name: {@code PostgreSQL} when one was reachable, else {@code H2}. */
    protected String databaseProduct() throws SQLException {
        try (Connection connection = testDatabase.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) throws InterruptedException {
        PipelineTestProperties.kafka(registry);
        PipelineTestProperties.database(registry, "support");
        registry.add("support-test.topic", () -> TEST_TOPIC);
        createTopic(TEST_TOPIC);
        createTopic(TEST_TOPIC_OUT);
    }

    private static void createTopic(String name) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, 3, (short) 1))).all().get();
        } catch (ExecutionException alreadyThere) {
            // another test context of this JVM created it
        }
    }
}
