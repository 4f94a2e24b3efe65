package org.healthjournal.pipeline.review.trail;

import java.util.List;

/** Everything that happened in the reviews of one article, every version, oldest first. */
public record ReviewTrail(String articleId, List<TrailStep> steps) {
}
