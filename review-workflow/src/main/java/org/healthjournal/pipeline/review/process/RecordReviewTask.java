package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.healthjournal.pipeline.events.ReviewerSignOff;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.healthjournal.pipeline.support.security.StaffDirectory;
import org.springframework.stereotype.Component;

/**
 * Completion listener of the review tasks: remembers which task was decided (the outcome event's
 * id is derived from it; service tasks no longer see the task) and, for an approval, adds the
 * reviewer's sign-off with their display name and credentials from the staff profiles. The first
 * approval of a draft that needs two reviewers names the first reviewer, whom the second may not be.
 */
@Component("recordReviewTask")
class RecordReviewTask implements TaskListener {

    private final StaffDirectory staff;

    RecordReviewTask(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariable(Variables.REVIEW_TASK_ID, task.getId());
        String decision = (String) task.getVariable(Variables.DECISION);
        String reviewer = (String) task.getVariable(Variables.REVIEWER);
        if (reviewer == null || !(ReviewDecision.APPROVE.name().equals(decision)
                || ReviewDecision.CONFIRM.name().equals(decision))) {
            return;
        }
        ReviewerSignOff signOff = new ReviewerSignOff(reviewer, staff.displayNameOf(reviewer),
                staff.credentialsOf(reviewer).orElse(null),
                ReviewOutcome.instant(task.getVariable(Variables.REVIEWED_AT)));
        String signOffs = MedicalReviewProcess.REVIEW_TASK.equals(task.getTaskDefinitionKey())
                || MedicalReviewProcess.PERIODIC_REVIEW_TASK.equals(task.getTaskDefinitionKey())
                ? null : (String) task.getVariable(Variables.SIGN_OFFS);
        task.setVariable(Variables.SIGN_OFFS, SignOffsVariable.with(signOffs, signOff));
        if (MedicalReviewProcess.REVIEW_TASK.equals(task.getTaskDefinitionKey())) {
            task.setVariable(Variables.FIRST_REVIEWER, reviewer);
        }
    }
}
