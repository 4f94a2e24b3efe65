package org.healthjournal.pipeline.review.trail;

import org.healthjournal.pipeline.content.checks.Finding;

import java.time.Instant;
import java.util.List;

/**
 * One step of an article's review, as the engine's history recorded it.
 *
 * @param step             SUBMITTED, CHECKED, TASK_OPENED, OVERDUE, DECIDED, CANCELLED, WITHDRAWN, RE_REVIEW_SCHEDULED
 * @param actor            the user name (or "automated checks", "system"); null when nobody acted
 * @param actorDisplayName the name from the staff profiles (the user name when there is none)
 * @param decision         on DECIDED (and CHECKED when the checks sent the draft back): the decision's name
 * @param findings         on CHECKED: what the automated checks found
 */
public record TrailStep(Instant at, int version, String step, String taskId, String taskName, String actor,
        String actorDisplayName, String decision, String comments, List<Finding> findings) {
}
