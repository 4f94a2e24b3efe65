package org.healthjournal.pipeline.review.process;

import org.healthjournal.pipeline.content.checks.CheckSettings;
import org.healthjournal.pipeline.content.checks.DraftChecker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The draft checks with the journal's settings: content's defaults, with
 * {@code pipeline.checks.settings} (a file path or {@code classpath:} name) laid over them —
 * the same property ingest reads, so writers and reviewers see the same findings.
 */
@Configuration(proxyBeanMethods = false)
class ChecksConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Named for the process definitions' expressions ({@code ${reviewSettings.sla}}). */
    @Bean
    ReviewSettings reviewSettings() {
        return new ReviewSettings();
    }

    @Bean
    DraftChecker draftChecker(@Value("${pipeline.checks.settings:}") String settings, Clock clock) {
        return new DraftChecker(CheckSettings.load(settings), clock);
    }
}
