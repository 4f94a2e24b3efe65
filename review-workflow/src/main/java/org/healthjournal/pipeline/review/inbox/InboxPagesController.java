package org.healthjournal.pipeline.review.inbox;

import jakarta.servlet.http.HttpServletResponse;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.healthjournal.pipeline.review.process.ReviewDecision;
import org.healthjournal.pipeline.review.tasks.DecisionRequest;
import org.healthjournal.pipeline.review.tasks.DecisionResult;
import org.healthjournal.pipeline.review.tasks.ReviewDecisions;
import org.healthjournal.pipeline.review.tasks.ReviewTask;
import org.healthjournal.pipeline.review.tasks.ReviewTasks;
import org.healthjournal.pipeline.review.tasks.Reviewer;
import org.healthjournal.pipeline.review.tasks.TaskPage;
import org.healthjournal.pipeline.support.outbox.OutboxBacklogFullException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The medical reviewers' inbox: server-rendered, no JavaScript, signed in with the shared staff form
 * login. The queue is the task API's paged list ({@link ReviewTasks#pageOf}), so the page and
 * {@code GET /api/tasks?page=…} always show the same tasks. A decision goes through the same
 * {@link ReviewDecisions} as {@code POST /api/tasks/{id}/decision}; whatever it refuses (missing
 * comments, four-eyes, a task someone else decided) is shown on the page.
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
class InboxPagesController {

    private static final Logger log = LoggerFactory.getLogger(InboxPagesController.class);

    /** Tasks on one page of the queue. */
    static final int PAGE_SIZE = 20;

    private final TaskViews views;
    private final ReviewDecisions decisions;
    private final ReviewTasks tasks;

    InboxPagesController(TaskViews views, ReviewDecisions decisions, ReviewTasks tasks) {
        this.tasks = tasks;
        this.views = views;
        this.decisions = decisions;
    }

    /** One page of the caller's tasks, oldest due first, with the filters' choices and links to the other pages. */
    @GetMapping("/tasks")
    String queue(@RequestParam(required = false) String category, @RequestParam(required = false) String risk,
            @RequestParam(required = false) Integer page, Authentication user, Model model) {
        QueueFilter filter = new QueueFilter(category, risk);
        Reviewer reviewer = Reviewer.of(user);
        TaskPage shown = tasks.pageOf(reviewer, filter.asTaskFilter(), page == null ? 0 : Math.max(0, page), PAGE_SIZE);
        model.addAttribute("user", user.getName());
        model.addAttribute("filter", filter);
        model.addAttribute("categories", tasks.categoriesOf(reviewer));
        model.addAttribute("risks", List.of("HIGH", "MEDIUM", "LOW"));
        model.addAttribute("page", shown);
        model.addAttribute("tasks", shown.items());
        model.addAttribute("previousPage", shown.page() > 0 ? pageLink(filter, shown.page() - 1) : null);
        model.addAttribute("nextPage", shown.page() + 1 < shown.totalPages() ? pageLink(filter, shown.page() + 1) : null);
        return "inbox/queue";
    }

    /** Another page of the queue under the same filters (blank ones left out of the address). */
    private static String pageLink(QueueFilter filter, int page) {
        return UriComponentsBuilder.fromPath("/tasks")
                .queryParamIfPresent("category", Optional.ofNullable(filter.category()))
                .queryParamIfPresent("risk", Optional.ofNullable(filter.risk()))
                .queryParam("page", page)
                .encode().build().toUriString();
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable String taskId, Authentication user, Model model, HttpServletResponse response) {
        Optional<ReviewTask> task = tasks.find(taskId, Reviewer.of(user));
        if (task.isEmpty()) {
            return notFound(taskId, user, model, response);
        }
        TaskView view = views.of(task.get(), user.getName());
        if (view.writtenByViewer()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("error", new PageError("Four-eyes rule",
                    "You wrote this article: the writer can never sign the medical review.", null));
        }
        model.addAttribute("periodic", periodic(task.get()));
        return page(view, user, model, new DecisionForm(null, null));
    }

    @PostMapping("/tasks/{taskId}/decision")
    String decide(@PathVariable String taskId, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comments, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Reviewer reviewer = Reviewer.of(user);
        DecisionForm form = new DecisionForm(decision, comments);
        Optional<ReviewDecision> chosen = form.chosen();
        PageError error = null;
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (chosen.isEmpty()) {
            error = new PageError("Choose a decision", "Choose one: approve, request changes or reject.", "decision");
        } else if (chosen.get().requiresComments() && form.commentsOrNull() == null) {
            error = new PageError("Comments are required",
                    "Comments are required when you request changes or reject: the writer needs to know why.",
                    "comments");
        } else {
            try {
                String title = tasks.find(taskId, reviewer).map(ReviewTask::title).orElse(null);
                DecisionResult result = decisions.decide(taskId, reviewer,
                        new DecisionRequest(chosen.get(), form.commentsOrNull()));
                redirect.addFlashAttribute("flash", flash(result, title));
                return "redirect:/tasks";
            } catch (ErrorResponseException refused) {
                status = HttpStatus.valueOf(refused.getStatusCode().value());
                error = new PageError(refused.getBody().getTitle(), refused.getBody().getDetail(), null);
            } catch (RuntimeException failure) {
                if (!unavailable(failure)) {
                    throw failure;
                }
                log.warn("decision on task {} by {} not recorded: {}", taskId, reviewer.name(), failure.toString());
                status = HttpStatus.SERVICE_UNAVAILABLE;
                error = new PageError("Not recorded", "Your decision could not be recorded just now. "
                        + "Nothing was changed; please send it again in a moment.", null);
            }
        }
        Optional<ReviewTask> task = tasks.find(taskId, reviewer);
        if (task.isEmpty()) {
            model.addAttribute("error", error);
            return notFound(taskId, user, model, response);
        }
        response.setStatus(status.value());
        model.addAttribute("error", error);
        model.addAttribute("periodic", periodic(task.get()));
        return page(views.of(task.get(), user.getName()), user, model, form);
    }

    /** Takes the task, so other reviewers see it is being read; refusals come back on the task page. */
    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, Authentication user, RedirectAttributes redirect) {
        return claimOrUnclaim(taskId, redirect, () -> tasks.claim(taskId, Reviewer.of(user)), "You took this task.");
    }

    /** Gives the task back to the group. */
    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, Authentication user, RedirectAttributes redirect) {
        return claimOrUnclaim(taskId, redirect, () -> tasks.unclaim(taskId, Reviewer.of(user)),
                "You gave this task back to the group.");
    }

    private static String claimOrUnclaim(String taskId, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (ErrorResponseException refused) {
            redirect.addFlashAttribute("flash", refused.getBody().getDetail() != null
                    ? refused.getBody().getDetail() : refused.getBody().getTitle());
        }
        return "redirect:/tasks/{taskId}";
    }

    private static boolean periodic(ReviewTask task) {
        return MedicalReviewProcess.PERIODIC_REVIEW_TASK.equals(task.taskKey());
    }

    /** The database or the outbox could not take the work just now (engines such as Flowable wrap the cause). */
    private static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof TransactionException
                    || cause instanceof OutboxBacklogFullException) {
                return true;
            }
        }
        return false;
    }

    private String page(TaskView view, Authentication user, Model model, DecisionForm form) {
        model.addAttribute("user", user.getName());
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("decisions", Arrays.asList(ReviewDecision.values()));
        return "inbox/task";
    }

    private String notFound(String taskId, Authentication user, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("user", user.getName());
        model.addAttribute("taskId", taskId);
        return "inbox/not-found";
    }

    private static String flash(DecisionResult result, String title) {
        String what = switch (result.decision()) {
            case APPROVE -> "You approved";
            case REQUEST_CHANGES -> "You requested changes to";
            case REJECT -> "You rejected";
            case CONFIRM -> "You confirmed the review of";
            case RETRACT -> "You retracted";
        };
        String article = title == null ? "article " + result.articleId() : "“" + title + "”";
        return what + " " + article + " (version " + result.version() + ").";
    }

    /** A refusal shown at the top of the page, and next to the field it is about, if any. */
    public record PageError(String title, String detail, String field) {
    }

    /** What the reviewer sent, kept when the page comes back with an error. */
    public record DecisionForm(String decision, String comments) {

        Optional<ReviewDecision> chosen() {
            return Arrays.stream(ReviewDecision.values()).filter(d -> d.name().equals(decision)).findFirst();
        }

        String commentsOrNull() {
            return comments == null || comments.isBlank() ? null : comments.strip();
        }
    }
}
