package org.healthjournal.pipeline.ingest.submission;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * What the journal accepts in a draft ({@code pipeline.drafts.*}): the sections it publishes in,
 * the kinds of source it lists, and how large one request may be. The same rules hold for the API,
 * the inbox folder and the writers' pages.
 *
 * @param categories     a draft's category must be one of these (compared ignoring case)
 * @param referenceKinds a reference's {@code kind}, when given, must be one of these; empty: any
 * @param maxRequestSize a larger request body is refused with 413 before it is read
 */
@ConfigurationProperties("pipeline.drafts")
public record DraftRules(
        @DefaultValue({"Immune Health", "Heart Health", "Mental Health", "Nutrition", "Cancer Care"})
        List<String> categories,
        @DefaultValue({}) List<String> referenceKinds,
        @DefaultValue("1MB") DataSize maxRequestSize) {

    public DraftRules {
        categories = categories == null ? List.of() : List.copyOf(categories);
        referenceKinds = referenceKinds == null ? List.of() : List.copyOf(referenceKinds);
    }
}
