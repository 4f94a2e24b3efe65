package org.healthjournal.pipeline.publisher.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The static export ({@code pipeline.publisher.export.*}).
 *
 * @param dir       where the site is written as plain files any static host can serve; unset or
 *                  blank means no export
 * @param listDelay how long after a publication its lists (index, category, tag, author, sitemap)
 *                  are written: every publication shifts every page of its lists, so publications
 *                  arriving within this time share one rewrite of them. The article's own page is
 *                  written at once.
 */
@ConfigurationProperties("pipeline.publisher.export")
public record ExportProperties(String dir, @DefaultValue("500ms") Duration listDelay) {

    public ExportProperties {
        if (listDelay == null || listDelay.isNegative()) {
            listDelay = Duration.ofMillis(500);
        }
    }

    public Optional<Path> directory() {
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir.strip()).toAbsolutePath());
    }
}
