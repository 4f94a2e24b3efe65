package org.healthjournal.pipeline.publisher.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The static export ({@code pipeline.publisher.export.*}).
 *
 * @param dir where the site is written as plain files any static host can serve; unset or blank
 *            means no export
 */
@ConfigurationProperties("pipeline.publisher.export")
public record ExportProperties(String dir) {

    public Optional<Path> directory() {
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir.strip()).toAbsolutePath());
    }
}
