package org.healthjournal.pipeline.ingest.checks;

import org.healthjournal.pipeline.content.checks.CheckSettings;
import org.healthjournal.pipeline.content.checks.DraftChecker;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The draft checks with the journal's settings: content's defaults, with
 * {@code pipeline.checks.settings} (a file path or {@code classpath:} name) laid over them.
 * review-workflow reads the same property, so both services can be pointed at one file.
 */
@Configuration(proxyBeanMethods = false)
class ChecksConfiguration {

    @Bean
    DraftChecker draftChecker(@Value("${pipeline.checks.settings:}") String settings, Clock clock) {
        return new DraftChecker(CheckSettings.load(settings), clock);
    }
}
