package org.healthjournal.pipeline.review.inbox;

import org.flowable.task.api.Task;
import org.healthjournal.pipeline.content.MarkdownRenderer;
import org.healthjournal.pipeline.content.RenderedArticle;
import org.healthjournal.pipeline.content.checks.Finding;
import org.healthjournal.pipeline.events.ArticleContent;
import org.healthjournal.pipeline.review.process.ArticleContentVariable;
import org.healthjournal.pipeline.review.process.CheckFindingsVariable;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** Builds the task page from an open task, the article's earlier versions and the shared renderer. */
@Component
class TaskViews {

    private final ReviewQueue queue;
    private final ArticleVersions versions;
    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final FindingHighlighter highlighter = new FindingHighlighter(renderer);

    TaskViews(ReviewQueue queue, ArticleVersions versions) {
        this.queue = queue;
        this.versions = versions;
    }

    TaskView of(Task task, String viewer) {
        QueueEntry entry = queue.entry(task);
        ArticleContent content = ArticleContentVariable.fromJson((String) task.getProcessVariables().get(Variables.CONTENT));
        List<Finding> findings = CheckFindingsVariable.fromJson(
                (String) task.getProcessVariables().get(Variables.CHECK_FINDINGS));
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
