package org.healthjournal.pipeline.review.inbox;

import org.healthjournal.pipeline.content.MarkdownRenderer;
import org.healthjournal.pipeline.content.RenderedArticle;
import org.healthjournal.pipeline.content.checks.Finding;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.review.tasks.ReviewTask;
import org.healthjournal.pipeline.review.tasks.ReviewTasks;
import org.healthjournal.pipeline.review.tasks.TaskListItem;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Builds the task page from an open task, the article's earlier versions and the shared renderer. */
@Component
class TaskViews {

    private final ReviewTasks tasks;
    private final ArticleVersions versions;
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final FindingHighlighter highlighter = new FindingHighlighter(renderer);

    TaskViews(ReviewTasks tasks, ArticleVersions versions) {
        this.tasks = tasks;
        this.versions = versions;
    }

    TaskView of(ReviewTask task, String viewer) {
        TaskListItem entry = tasks.listItem(task);
        ArticleContent content = task.content();
        List<Finding> findings = task.findings();
        RenderedArticle rendered = renderer.render(content);
        FindingHighlighter.Highlighted body = highlighter.render(content.body(), findings);
        List<TaskView.ShownFinding> shown = IntStream.range(0, findings.size())
                .mapToObj(i -> new TaskView.ShownFinding(i + 1, findings.get(i), body.marked().contains(i + 1)))
                .toList();
        List<ArticleVersions.Version> history = versions.of(entry.articleId());
        Optional<ArticleVersions.Version> previous = ArticleVersions.before(history, entry.version());
        return new TaskView(entry, content, body.html(), rendered.keyTakeawayHtml(), rendered.readMinutes(), shown,
                previous.map(ArticleVersions.Version::version).orElse(null),
                previous.map(v -> WordDiff.between(diffText(v.content()), diffText(content))).orElse(null),
                history, viewer.equals(entry.author()));
    }

    /** The parts of the article a reviewer reads, as one text to compare word by word. */
    private static String diffText(ArticleContent content) {
        StringBuilder text = new StringBuilder();
        text.append(nullToEmpty(content.title())).append("\n\n").append(nullToEmpty(content.dek())).append("\n\n")
                .append(nullToEmpty(content.body()).strip());
        if (content.keyTakeaway() != null && !content.keyTakeaway().isBlank()) {
            text.append("\n\nKey takeaway: ").append(content.keyTakeaway().strip());
        }
        if (content.references() != null) {
            text.append("\n\nSources:");
            int n = 1;
            for (var reference : content.references()) {
                text.append("\n").append(n++).append(". ").append(reference.title()).append(" ").append(reference.url());
            }
        }
        return text.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
