package org.healthjournal.pipeline.support;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.healthjournal.pipeline.support.database.PerValuePlans;
import org.healthjournal.pipeline.support.database.PlannerStatistics;
import org.healthjournal.pipeline.support.database.PostgresCustomPlans;
import org.healthjournal.pipeline.support.health.BackgroundHealthChecks;
import org.healthjournal.pipeline.support.idempotency.ProcessedEvents;
import org.healthjournal.pipeline.support.kafka.DeadLetterCount;
import org.healthjournal.pipeline.support.kafka.DeadLetterRoute;
import org.healthjournal.pipeline.support.kafka.TopicInitializer;
import org.healthjournal.pipeline.support.web.ProblemDetailsAdvice;
import org.healthjournal.pipeline.support.web.StrictJsonBinding;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;

/** The parts every service shares; see each bean's class for why it exists. */
@AutoConfiguration(
        before = WebMvcAutoConfiguration.class,
        after = {JdbcClientAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
                TransactionAutoConfiguration.class})
@EnableConfigurationProperties(PipelineProperties.class)
public class PipelineSupportAutoConfiguration {

    @Bean
    TopicInitializer topicInitializer(@Value("${camel.component.kafka.brokers}") String brokers,
            PipelineProperties properties) {
        return new TopicInitializer(brokers, properties);
    }

    /** PostgreSQL plans each statement for its values, never from a stale generic plan; see the class. */
    @Bean
    @ConditionalOnClass(name = "com.zaxxer.hikari.HikariDataSource")
    @ConditionalOnProperty(name = "pipeline.database.custom-plans", havingValue = "true")
    static PostgresCustomPlans postgresCustomPlans() {
        return new PostgresCustomPlans();
    }

    /** Chosen queries planned for their values on PostgreSQL; see the class. */
    @Bean
    @ConditionalOnBean({DataSource.class, PlatformTransactionManager.class})
    PerValuePlans perValuePlans(DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new PerValuePlans(dataSource, transactionManager);
    }

    /** PostgreSQL's planner statistics of the service's tables stay current, autovacuum or not; see the class. */
    @Bean
    @ConditionalOnBean(DataSource.class)
    PlannerStatistics plannerStatistics(DataSource dataSource,
            @Value("${pipeline.database.analyze-interval:PT10S}") Duration interval) {
        return new PlannerStatistics(dataSource, interval);
    }

    /** The health checks that call out of the process run in the background; see the class. */
    @Bean
    static BackgroundHealthChecks backgroundHealthChecks() {
        return new BackgroundHealthChecks();
    }

    /** Health contributor {@code deadLetters}. */
    @Bean
    DeadLetterCount deadLettersHealthIndicator() {
        return new DeadLetterCount();
    }

    @Bean
    MeterBinder deadLetterMetrics(DeadLetterCount count) {
        return registry -> FunctionCounter.builder("pipeline.dead.letters", count, DeadLetterCount::total)
                .description("records this service's consumers sent to the dead-letter topic since start")
                .register(registry);
    }

    @Bean
    DeadLetterRoute deadLetterRoute(DeadLetterCount count) {
        return new DeadLetterRoute(count);
    }

    /** Strict JSON binding for every request body of every service. */
    @Bean
    StrictJsonBinding strictJsonBinding() {
        return new StrictJsonBinding();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    @ConditionalOnBean({JdbcClient.class, TransactionTemplate.class})
    ProcessedEvents processedEvents(JdbcClient jdbc, TransactionTemplate transactions) {
        return new ProcessedEvents(jdbc, transactions);
    }
}
