package org.healthjournal.pipeline.review.process;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Flyway migrates only once the process engine has created (or upgraded) its {@code ACT_*} tables,
 * so that the service's migrations may add to them (V4 indexes ACT_RU_VARIABLE). Without it the order
 * of the two is whatever bean creation happens to be, and a new database could meet the migration
 * before the table.
 */
@Configuration(proxyBeanMethods = false)
class FlywayAfterProcessEngine {

    static final String FLYWAY_INITIALIZER = "flywayInitializer";
    static final String PROCESS_ENGINE = "processEngine";

    @Bean
    static BeanFactoryPostProcessor flywayAfterProcessEngineOrder() {
        return factory -> {
            if (!factory.containsBeanDefinition(FLYWAY_INITIALIZER) || !factory.containsBeanDefinition(PROCESS_ENGINE)) {
                return;
            }
            BeanDefinition flyway = factory.getBeanDefinition(FLYWAY_INITIALIZER);
            String[] before = flyway.getDependsOn() == null ? new String[0] : flyway.getDependsOn();
            if (!Arrays.asList(before).contains(PROCESS_ENGINE)) {
                flyway.setDependsOn(Stream.concat(Arrays.stream(before), Stream.of(PROCESS_ENGINE)).toArray(String[]::new));
            }
        };
    }
}
