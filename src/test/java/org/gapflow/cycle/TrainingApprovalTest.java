package org.gapflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.gapflow.cycle.Cycle.vars;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Specifying training and the approval route: HR alone, HR then budget holder, rejection, revision. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {Cycle.BPMN, Cycle.SOLUTION_DMN, Cycle.ROUTE_DMN})
class TrainingApprovalTest {

    private static final Date TRAINING_END = Date.from(Instant.parse("2026-03-20T17:00:00Z"));

    ProcessEngine engine;
    Cycle cycle;
    ProcessInstance instance;

    @BeforeEach
    void setUp() {
        cycle = new Cycle(engine);
        BpmnAwareTests.init(engine);
    }

    /** A case where the manager chose training (the extension deploys the models after setUp). */
    private void trainingChosen() {
        instance = cycle.start();
        cycle.chooseTraining(instance);
    }

    @AfterEach
    void tearDown() {
        Cycle.tearDown();
    }

    @Test
    void trainingApprovedByHrIsEnrolledAndAwaitsItsEnd() {
        trainingChosen();
        cycle.specifyTraining(instance, 1_200.0, TRAINING_END);

        assertThat(instance).isWaitingAt("ApproveByHr").variables().containsEntry("approvalRoute", "hr");
        assertThat(cycle.task(instance, "ApproveByHr"))
                .isNotAssigned().hasCandidateGroup("hr").hasFormKey("app:tasks/approve-training.xhtml");

        cycle.approveByHr(instance);

        assertThat(instance).isWaitingAt("EnrolAndNotify");
        assertThat(cycle.enrolment.enrolledSpecifications).isEmpty();
        cycle.runDueJobs();
        assertThat(cycle.enrolment.enrolledSpecifications).containsExactly(11L);
        assertThat(instance).isWaitingAt("TrainingEnded").hasNotPassed("ApproveByBudgetHolder");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("TrainingEnded").singleResult().getDuedate()).isEqualTo(TRAINING_END);
    }

    @Test
    void expensiveTrainingIsRoutedToTheBudgetHolderAfterHr() {
        trainingChosen();
        cycle.specifyTraining(instance, 8_000.0, TRAINING_END);
        assertThat(instance).variables().containsEntry("approvalRoute", "hr-then-budget-holder");

        cycle.approveByHr(instance);

        assertThat(instance).isWaitingAt("ApproveByBudgetHolder");
        assertThat(cycle.task(instance, "ApproveByBudgetHolder"))
                .hasCandidateGroup("hr-lead").hasFormKey("app:tasks/approve-training.xhtml");

        cycle.complete(instance, "ApproveByBudgetHolder", Map.of("budgetHolderDecision", "approved"));
        cycle.runDueJobs();

        assertThat(instance).isWaitingAt("TrainingEnded");
        assertThat(cycle.enrolment.enrolledSpecifications).containsExactly(11L);
    }

    @Test
    void rejectedByHrEndsTheCaseWithTheReasonKept() {
        trainingChosen();
        cycle.specifyTraining(instance, 1_200.0, TRAINING_END);

        cycle.complete(instance, "ApproveByHr",
                vars("hrDecision", "rejected", "approvalComments", "An internal mentor covers this"));

        assertThat(instance).isEnded().hasPassed("RejectedByHr").hasNotPassed("EnrolAndNotify");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("approvalComments").singleResult().getValue())
                .isEqualTo("An internal mentor covers this");
        assertThat(cycle.enrolment.attempts).isZero();
    }

    @Test
    void rejectedByTheBudgetHolderEndsTheCase() {
        trainingChosen();
        cycle.specifyTraining(instance, 8_000.0, TRAINING_END);
        cycle.approveByHr(instance);

        cycle.complete(instance, "ApproveByBudgetHolder",
                vars("budgetHolderDecision", "rejected", "approvalComments", "No budget left this year"));

        assertThat(instance).isEnded().hasPassed("RejectedByBudgetHolder").hasNotPassed("EnrolAndNotify");
    }

    @Test
    void sentBackByHrReturnsToTheManagerWithTheCommentsThenApproved() {
        trainingChosen();
        cycle.specifyTraining(instance, 1_200.0, TRAINING_END);

        cycle.complete(instance, "ApproveByHr",
                vars("hrDecision", "sent-back", "approvalComments", "Name a measurable criterion"));

        assertThat(instance).isWaitingAt("SpecifyTraining").variables()
                .containsEntry("approvalComments", "Name a measurable criterion");
        assertThat(cycle.task(instance, "SpecifyTraining")).isAssignedTo(Cycle.MANAGER);

        cycle.specifyTraining(instance, 1_100.0, TRAINING_END);
        cycle.approveByHr(instance);
        cycle.runDueJobs();

        assertThat(instance).isWaitingAt("TrainingEnded");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId("SpecifyTraining").count()).isEqualTo(2);
    }

    @Test
    void sentBackByTheBudgetHolderReturnsToSpecifyTrainingToo() {
        trainingChosen();
        cycle.specifyTraining(instance, 8_000.0, TRAINING_END);
        cycle.approveByHr(instance);

        cycle.complete(instance, "ApproveByBudgetHolder",
                vars("budgetHolderDecision", "sent-back", "approvalComments", "Find a cheaper provider"));

        assertThat(instance).isWaitingAt("SpecifyTraining").variables()
                .containsEntry("approvalComments", "Find a cheaper provider");

        cycle.specifyTraining(instance, 3_000.0, TRAINING_END);

        assertThat(instance).isWaitingAt("ApproveByHr").variables().containsEntry("approvalRoute", "hr");
    }
}
