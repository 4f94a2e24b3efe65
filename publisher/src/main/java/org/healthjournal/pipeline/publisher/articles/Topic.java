package org.healthjournal.pipeline.publisher.articles;

import java.time.Instant;

/** A category, tag or author that has a page, and when an article on it last changed. */
public record Topic(String slug, Instant lastModified) {
}
