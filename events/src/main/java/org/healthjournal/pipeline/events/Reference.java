package org.healthjournal.pipeline.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One entry of an article's Sources list; citation {@code [n]} points to the n-th entry. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reference(String title, String url, Integer year, String kind) {
}
