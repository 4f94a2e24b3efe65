package org.healthjournal.pipeline.ingest.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The inbox folder ({@code pipeline.inbox.*}, e.g. {@code PIPELINE_INBOX_FOLDER}): one sub-folder per
 * writer, {@code <folder>/<writer>/*.md}.
 *
 * @param enabled   whether the folder is watched at all
 * @param folder    the inbox; writers' sub-folders are created for every configured writer
 * @param pollDelay how long between two looks at the folder
 */
@ConfigurationProperties("pipeline.inbox")
public record InboxSettings(@DefaultValue("true") boolean enabled, Path folder,
        @DefaultValue("1s") Duration pollDelay) {
}
