package org.healthjournal.pipeline.review.process;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the engine writes the rows a new review creates (executions, the task, its variables, their
 * history). Flowable's bulk insert puts the rows of one kind in one {@code INSERT … VALUES (…), (…)},
 * but MyBatis builds that statement anew for every flush, parsing each row's placeholders: profiled
 * under load, that building was over a third of the service's CPU, more than the automated checks.
 * Row by row, each statement is prepared once and only bound, which costs the database a few more
 * round trips and the service far less ({@code pipeline.review.bulk-insert}, off by default).
 */
@Configuration(proxyBeanMethods = false)
class EngineInserts {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> rowByRowInserts(
            @Value("${pipeline.review.bulk-insert:false}") boolean bulkInsert) {
        return configuration -> configuration.setBulkInsertEnabled(bulkInsert);
    }
}
