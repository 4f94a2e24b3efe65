package org.healthjournal.pipeline.ingest.submission;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.healthjournal.pipeline.events.Reference;

/** One entry of the Sources list as the writer sends it. */
public record ReferenceRequest(
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 2000)
        @Pattern(regexp = "(?i)https?://[^\\s/?#]+[^\\s]*", message = "must be an http(s) URL") String url,
        @Min(1800) @Max(2100) Integer year,
        @Size(max = 100) String kind) {

    Reference toReference() {
        return new Reference(title.strip(), url.strip(), year, kind == null ? null : kind.strip());
    }
}
