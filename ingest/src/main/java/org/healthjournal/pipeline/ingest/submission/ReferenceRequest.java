package org.healthjournal.pipeline.ingest.submission;

import org.healthjournal.pipeline.events.Reference;

/** One entry of the Sources list as the writer sends it; {@link DraftValidator} holds it to the rules. */
public record ReferenceRequest(String title, String url, Integer year, String kind) {

    Reference toReference() {
        return new Reference(title.strip(), url.strip(), year, kind == null || kind.isBlank() ? null : kind.strip());
    }
}
