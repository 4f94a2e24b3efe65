package org.healthjournal.pipeline.review.process;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written BPMN and the names the Java code relies on agree. */
class MedicalReviewDefinitionTest {

    private static Process process;

    @BeforeAll
    static void parse() throws Exception {
        try (InputStream xml = MedicalReviewDefinitionTest.class.getResourceAsStream("/processes/medical-review.bpmn20.xml")) {
            BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(xml), true, false);
            process = model.getProcessById(MedicalReviewProcess.KEY);
        }
    }

    @Test
    void reviewTaskIsOfferedToMedicalReviewers() {
        UserTask review = (UserTask) process.getFlowElement(MedicalReviewProcess.REVIEW_TASK);

        assertThat(review.getCandidateGroups()).containsExactly(MedicalReviewProcess.REVIEWER_GROUP);
        assertThat(review.getTaskListeners()).singleElement()
                .satisfies(listener -> assertThat(listener.getImplementation()).isEqualTo("${recordReviewTask}"));
    }

    @Test
    void automatedChecksRunFirstAndBlockersGoStraightToTheChangesRequest() {
        FlowElement start = process.getFlowElement("draftSubmitted");
        ServiceTask checks = (ServiceTask) process.getFlowElement(MedicalReviewProcess.AUTOMATED_CHECKS_TASK);
        ExclusiveGateway outcome = (ExclusiveGateway) process.getFlowElement(MedicalReviewProcess.CHECKS_GATEWAY);

        assertThat(((org.flowable.bpmn.model.StartEvent) start).getOutgoingFlows()).singleElement()
                .satisfies(flow -> assertThat(flow.getTargetRef()).isEqualTo(MedicalReviewProcess.AUTOMATED_CHECKS_TASK));
        assertThat(checks.getImplementation()).isEqualTo("${automatedChecks}");
        assertThat(checks.getOutgoingFlows()).singleElement()
                .satisfies(flow -> assertThat(flow.getTargetRef()).isEqualTo(MedicalReviewProcess.CHECKS_GATEWAY));
        Map<String, String> targetById = outcome.getOutgoingFlows().stream()
                .collect(Collectors.toMap(SequenceFlow::getId, SequenceFlow::getTargetRef));
        assertThat(targetById).containsOnly(
                Map.entry("checksFoundBlockers", "publishChangesRequest"),
                Map.entry("checksPassed", MedicalReviewProcess.REVIEW_TASK));
        assertThat(((SequenceFlow) process.getFlowElement("checksFoundBlockers")).getConditionExpression())
                .isEqualTo("${" + MedicalReviewProcess.Variables.CHECKS_FOUND_BLOCKERS + "}");
        assertThat(outcome.getDefaultFlow()).isEqualTo("checksPassed");
    }

    @Test
    void everyDecisionLeadsThroughItsPublishingTaskToItsOwnEnd() {
        ExclusiveGateway decision = (ExclusiveGateway) process.getFlowElement("decision");
        Map<String, String> targetByCondition = decision.getOutgoingFlows().stream()
                .collect(Collectors.toMap(SequenceFlow::getConditionExpression, SequenceFlow::getTargetRef));

        assertThat(targetByCondition).containsOnly(
                Map.entry("${decision == 'APPROVE'}", "secondReviewNeeded"),
                Map.entry("${decision == 'REQUEST_CHANGES'}", "publishChangesRequest"),
                Map.entry("${decision == 'REJECT'}", "publishRejection"));
        ExclusiveGateway secondDecision = (ExclusiveGateway) process.getFlowElement("secondDecision");
        assertThat(secondDecision.getOutgoingFlows().stream()
                .collect(Collectors.toMap(SequenceFlow::getConditionExpression, SequenceFlow::getTargetRef)))
                .containsOnly(
                        Map.entry("${decision == 'APPROVE'}", "publishApproval"),
                        Map.entry("${decision == 'REQUEST_CHANGES'}", "publishChangesRequest"),
                        Map.entry("${decision == 'REJECT'}", "publishRejection"));
        assertThat(endAfter("publishApproval")).isEqualTo(MedicalReviewProcess.END_APPROVED);
        assertThat(endAfter("publishChangesRequest")).isEqualTo(MedicalReviewProcess.END_CHANGES_REQUESTED);
        assertThat(endAfter("publishRejection")).isEqualTo(MedicalReviewProcess.END_REJECTED);
    }

    @Test
    void decisionNamesMatchTheGatewayConditions() {
        assertThat(ReviewDecision.names(ReviewDecision.OF_REVIEW))
                .containsExactly("APPROVE", "REQUEST_CHANGES", "REJECT");
        assertThat(ReviewDecision.names(ReviewDecision.OF_PERIODIC_REVIEW))
                .containsExactly("REQUEST_CHANGES", "CONFIRM", "RETRACT");
        assertThat(ReviewDecision.RETRACT.requiresComments()).isTrue();
        assertThat(ReviewDecision.CONFIRM.requiresComments()).isFalse();
        assertThat(ReviewDecision.APPROVE.requiresComments()).isFalse();
        assertThat(ReviewDecision.REQUEST_CHANGES.requiresComments()).isTrue();
        assertThat(ReviewDecision.REJECT.requiresComments()).isTrue();
    }

    private static String endAfter(String serviceTaskId) {
        ServiceTask task = (ServiceTask) process.getFlowElement(serviceTaskId);
        assertThat(task.getImplementation()).isEqualTo("${" + serviceTaskId + "}");
        FlowElement end = process.getFlowElement(task.getOutgoingFlows().get(0).getTargetRef());
        assertThat(end).isInstanceOf(EndEvent.class);
        return end.getId();
    }
}
