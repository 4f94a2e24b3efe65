package org.healthjournal.pipeline.review.inbox;

import org.healthjournal.pipeline.content.checks.Finding;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.events.Reference;
import org.healthjournal.pipeline.review.tasks.TaskListItem;

import java.util.List;

/**
 * Everything the task page shows: the task's line of the queue (as the task API lists it), the draft as readers will see it (findings marked
 * in place), the findings, the diff against the previous version and the article's history.
 */
public record TaskView(TaskListItem task, ArticleContent content, String bodyHtml, String keyTakeawayHtml, int readMinutes,
        List<ShownFinding> findings, Integer previousVersion, List<WordDiff.Segment> diff,
        List<ArticleVersions.Version> history, boolean writtenByViewer) {

    /** A finding with its number on the page and whether its passage is marked in the draft. */
    public record ShownFinding(int number, Finding finding, boolean marked) {
    }

    public List<Reference> references() {
        return content.references() == null ? List.of() : content.references();
    }

    public boolean hasDiff() {
        return diff != null;
    }

    public boolean textChanged() {
        return diff != null && WordDiff.changed(diff);
    }
}
