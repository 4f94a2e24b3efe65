package org.healthjournal.pipeline.review.process;

import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.healthjournal.pipeline.review.process.MedicalReviewProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * Completion listener of {@code reviewDraft}: remembers which task was decided, because the
 * outcome event's id is derived from it and service tasks no longer see the task.
 */
@Component("recordReviewTask")
class RecordReviewTask implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        task.setVariable(Variables.REVIEW_TASK_ID, task.getId());
    }
}
