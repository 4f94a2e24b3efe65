package org.healthjournal.pipeline.testkit;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring Boot service under test at the shared test broker and a fresh database. */
public final class PipelineTestProperties {

    private PipelineTestProperties() {
    }

    public static void kafka(DynamicPropertyRegistry registry) {
        registry.add("camel.component.kafka.brokers", TestKafka::bootstrapServers);
    }

    public static TestDatabase.Settings database(DynamicPropertyRegistry registry, String purpose) {
        TestDatabase.Settings db = TestDatabase.fresh(purpose);
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        return db;
    }
}
