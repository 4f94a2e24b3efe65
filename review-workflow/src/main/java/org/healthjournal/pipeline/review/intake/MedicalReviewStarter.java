package org.healthjournal.pipeline.review.intake;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.healthjournal.pipeline.events.DraftSubmitted;
import org.healthjournal.pipeline.review.process.ArticleContentVariable;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Starts one medical review per article version. {@link StartedReviews}, written in the transaction
 * that starts the review, is the idempotency check: a redelivered {@link DraftSubmitted} finds the
 * review it started (running or finished) and starts nothing, so no reviewer ever sees the same
 * draft twice. It is one lookup by primary key per draft, where the engine's history would take a
 * query on its variables tables.
 */
@Component
public class MedicalReviewStarter {

    private static final Logger log = LoggerFactory.getLogger(MedicalReviewStarter.class);

    /** The type of the comment left on a review task cancelled by a newer version. */
    public static final String SUPERSEDED_COMMENT = "superseded";

    private final RuntimeService runtime;
    private final TaskService taskService;
    private final StartedReviews started;

    MedicalReviewStarter(RuntimeService runtime, TaskService taskService, StartedReviews started) {
        this.runtime = runtime;
        this.taskService = taskService;
        this.started = started;
    }

    /**
     * Starts the review of this version. What still waits on an older version of the article ends
     * first, each with its reason in history: an open review task is superseded (a comment on the task
     * says by which version), a wait for a revision is answered, a periodic re-review schedule is
     * replaced by the one the new version's approval will start.
     *
     * @return the new process instance, or empty if this version (or a newer one) is already (or was) under review
     */
    @Transactional
    public Optional<ProcessInstance> startFor(DraftSubmitted draft) {
        String articleId = draft.articleId();
        int version = draft.articleVersion();
        OptionalInt latest = started.latestVersionOf(articleId);
        if (latest.isPresent() && latest.getAsInt() >= version) {
            if (latest.getAsInt() == version || started.contains(articleId, version)) {
                log.info("review of article {} v{} already started; ignoring redelivered {}", articleId, version,
                        draft.eventId());
            } else {
                log.warn("article {} v{} arrived after a newer version; not reviewing it", articleId, version);
            }
            return Optional.empty();
        }
        // whatever waits on an article (a review, a revision deadline, a periodic re-review) was
        // started by, or after, the review of one of its versions: a first version has nothing to end
        if (latest.isPresent()) {
            endWhatWaitsOnOlderVersions(draft);
        }
        ProcessInstance review = runtime.createProcessInstanceBuilder()
                .processDefinitionKey(MedicalReviewProcess.KEY)
                .businessKey(articleId)
                .name(displayName(draft.content().title()))
                .variables(variables(draft))
                .start();
        started.record(articleId, version, review.getId());
        log.info("started medical review {} of article {} v{} by {}", review.getId(), articleId, version,
                draft.author());
        return Optional.of(review);
    }

    private void endWhatWaitsOnOlderVersions(DraftSubmitted draft) {
        int version = draft.articleVersion();
        for (ProcessInstance running : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(draft.articleId())
                .processDefinitionKeys(Set.of(MedicalReviewProcess.KEY, MedicalReviewProcess.REVISION_DEADLINE_KEY,
                        MedicalReviewProcess.PERIODIC_REVIEW_KEY))
                .list()) {
            String reason = switch (running.getProcessDefinitionKey()) {
                case MedicalReviewProcess.KEY -> "superseded by version " + version;
                case MedicalReviewProcess.REVISION_DEADLINE_KEY -> "revised: version " + version + " submitted";
                default -> "replaced: version " + version + " submitted for review";
            };
            for (Task open : taskService.createTaskQuery().processInstanceId(running.getId()).list()) {
                taskService.addComment(open.getId(), running.getId(), SUPERSEDED_COMMENT,
                        "Cancelled: " + reason + " of the article.");
            }
            runtime.deleteProcessInstance(running.getId(), reason);
            log.info("article {}: ended {} {} ({})", draft.articleId(), running.getProcessDefinitionKey(),
                    running.getId(), reason);
        }
    }

    /** The engine's name column holds 255 characters; the full title stays in a variable. */
    private static String displayName(String title) {
        return title == null || title.length() <= 255 ? title : title.substring(0, 254) + "…";
    }

    private static Map<String, Object> variables(DraftSubmitted draft) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.ARTICLE_ID, draft.articleId());
        variables.put(Variables.ARTICLE_VERSION, draft.articleVersion());
        variables.put(Variables.AUTHOR, draft.author());
        variables.put(Variables.TITLE, draft.content().title());
        variables.put(Variables.CATEGORY, draft.content().category());
        variables.put(Variables.CORRELATION_ID, draft.correlationId());
        variables.put(Variables.CONTENT, ArticleContentVariable.toJson(draft.content()));
        return variables;
    }
}
