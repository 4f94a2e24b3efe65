package org.healthjournal.pipeline.review.trail;

import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.healthjournal.pipeline.review.process.CheckFindingsVariable;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.healthjournal.pipeline.support.security.StaffDirectory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an article's audit trail from Flowable's history: every process instance with the article
 * as business key (each version's medical review, the waits for a revision, the periodic re-reviews),
 * their review tasks with who decided what and why, escalations, cancellations and withdrawals.
 */
@Component
public class ReviewHistory {

    private static final String SYSTEM = "system";
    private static final Set<String> ESCALATIONS = Set.of("escalateReview", "escalateSecondReview",
            "escalatePeriodicReview");

    private final HistoryService history;
    private final StaffDirectory staff;

    ReviewHistory(HistoryService history, StaffDirectory staff) {
        this.history = history;
        this.staff = staff;
    }

    public ReviewTrail of(String articleId) {
        List<TrailStep> steps = new ArrayList<>();
        for (HistoricProcessInstance process : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(articleId).orderByProcessInstanceStartTime().asc().list()) {
            Map<String, Object> variables = processVariables(process.getId());
            int version = variables.get(Variables.ARTICLE_VERSION) instanceof Integer number ? number : 0;
            switch (process.getProcessDefinitionKey()) {
                case MedicalReviewProcess.KEY -> medicalReview(process, variables, version, steps);
                case MedicalReviewProcess.REVISION_DEADLINE_KEY -> revisionDeadline(process, version, steps);
                case MedicalReviewProcess.PERIODIC_REVIEW_KEY -> periodicReview(process, version, steps);
                default -> {
                }
            }
        }
        steps.sort(Comparator.comparing(TrailStep::at));
        return new ReviewTrail(articleId, steps);
    }

    private void medicalReview(HistoricProcessInstance process, Map<String, Object> variables, int version,
            List<TrailStep> steps) {
        String author = (String) variables.get(Variables.AUTHOR);
        steps.add(step(process.getStartTime(), version, "SUBMITTED", null, author, null, null));
        if (variables.containsKey(Variables.RISK_LEVEL)) {
            boolean sentBack = Boolean.TRUE.equals(variables.get(Variables.CHECKS_FOUND_BLOCKERS));
            steps.add(new TrailStep(process.getStartTime().toInstant(), version, "CHECKED", null,
                    "Automated checks (risk " + variables.get(Variables.RISK_LEVEL) + ")",
                    MedicalReviewProcess.AUTOMATED_REVIEWER, MedicalReviewProcess.AUTOMATED_REVIEWER,
                    sentBack ? "REQUEST_CHANGES" : null, sentBack ? (String) variables.get(Variables.COMMENTS) : null,
                    CheckFindingsVariable.fromJson((String) variables.get(Variables.CHECK_FINDINGS))));
        }
        tasks(process, version, steps);
        if (process.getDeleteReason() != null) {
            steps.add(step(process.getEndTime(), version, "CANCELLED", null, SYSTEM, null, process.getDeleteReason()));
        }
    }

    private void revisionDeadline(HistoricProcessInstance process, int version, List<TrailStep> steps) {
        if ("withdrawn".equals(process.getEndActivityId())) {
            steps.add(step(process.getEndTime(), version, "WITHDRAWN", null, SYSTEM, null,
                    "No revision arrived in time after changes were requested."));
        }
    }

    private void periodicReview(HistoricProcessInstance process, int version, List<TrailStep> steps) {
        steps.add(step(process.getStartTime(), version, "RE_REVIEW_SCHEDULED", null, SYSTEM, null, null));
        tasks(process, version, steps);
    }

    private void tasks(HistoricProcessInstance process, int version, List<TrailStep> steps) {
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(process.getId())
                .orderByHistoricTaskInstanceStartTime().asc().list()) {
            steps.add(step(task.getCreateTime(), version, "TASK_OPENED", task, null, null, null));
            if (task.getEndTime() == null) {
                continue;
            }
            Map<String, Object> local = taskVariables(task.getId());
            String decision = (String) local.get(Variables.DECISION);
            if (decision == null && task.getDeleteReason() == null) {
                // completed outside the API (no task-local sign-off): the process kept it
                Map<String, Object> processed = processVariables(process.getId());
                if (task.getId().equals(processed.get(Variables.REVIEW_TASK_ID))) {
                    local = processed;
                    decision = (String) processed.get(Variables.DECISION);
                }
            }
            if (decision != null) {
                String actor = (String) local.getOrDefault(Variables.REVIEWER, task.getAssignee());
                steps.add(step(task.getEndTime(), version, "DECIDED", task, actor, decision,
                        (String) local.get(Variables.COMMENTS)));
            } else if (task.getDeleteReason() != null) {
                steps.add(step(task.getEndTime(), version, "CANCELLED", task, SYSTEM, null, task.getDeleteReason()));
            }
        }
        for (HistoricActivityInstance escalation : history.createHistoricActivityInstanceQuery()
                .processInstanceId(process.getId()).list()) {
            if (ESCALATIONS.contains(escalation.getActivityId())) {
                steps.add(step(escalation.getStartTime(), version, "OVERDUE", null, SYSTEM, null,
                        "Waited past its due date: offered to editors too."));
            }
        }
    }

    private TrailStep step(Date at, int version, String step, HistoricTaskInstance task, String actor,
            String decision, String comments) {
        return new TrailStep(at == null ? Instant.EPOCH : at.toInstant(), version, step,
                task == null ? null : task.getId(), task == null ? null : task.getName(), actor,
                actor == null || SYSTEM.equals(actor) ? actor : staff.displayNameOf(actor), decision, comments, null);
    }

    private Map<String, Object> processVariables(String processId) {
        Map<String, Object> values = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(processId).excludeTaskVariables().list()) {
            values.put(variable.getVariableName(), variable.getValue());
        }
        return values;
    }

    private Map<String, Object> taskVariables(String taskId) {
        Map<String, Object> values = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().taskId(taskId).list()) {
            values.put(variable.getVariableName(), variable.getValue());
        }
        return values;
    }
}
