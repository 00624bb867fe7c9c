package org.gapflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.gapflow.cycle.Cycle.EMPLOYEE;
import static org.gapflow.cycle.Cycle.MANAGER;
import static org.gapflow.cycle.Cycle.vars;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** After approval: enrolment that survives a mail outage, the evaluation timer, closing or reopening. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {Cycle.BPMN, Cycle.SOLUTION_DMN, Cycle.ROUTE_DMN})
class EnrolmentAndEvaluationTest {

    private static final Instant TRAINING_END = Instant.parse("2026-03-20T17:00:00Z");

    ProcessEngine engine;
    Cycle cycle;

    @BeforeEach
    void setUp() {
        cycle = new Cycle(engine);
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void tearDown() {
        Cycle.tearDown();
    }

    private ProcessInstance approved() {
        ProcessInstance instance = cycle.start();
        cycle.chooseTraining(instance);
        cycle.specifyTraining(instance, 1_200.0, Date.from(TRAINING_END));
        cycle.approveByHr(instance);
        return instance;
    }

    private ProcessInstance evaluationDue() {
        ProcessInstance instance = approved();
        cycle.runDueJobs();
        cycle.advance(Duration.between(cycle.now(), TRAINING_END));
        cycle.advance(cycle.modelDuration("evaluationDelay"));
        return instance;
    }

    @Test
    void aMailServerDownKeepsTheApprovalRetriesThenRaisesAnIncidentAndRecoversAfterARetry() {
        cycle.enrolment.failNextAttempts(Integer.MAX_VALUE);
        ProcessInstance instance = approved();
        ManagementService management = engine.getManagementService();
        Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        String retryCycle = cycle.modelDefault("enrolmentRetryCycle");
        int retries = Integer.parseInt(retryCycle.substring(1, retryCycle.indexOf('/')));
        Duration interval = Duration.parse(retryCycle.substring(retryCycle.indexOf('/') + 1));

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Mail server unavailable");
        Job retried = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(retries - 1);
        assertThat(retried.getDuedate()).isEqualTo(Date.from(cycle.now().plus(interval)));
        for (int attempt = 2; attempt <= retries; attempt++) {
            cycle.moveClockTo(retried.getDuedate());
            assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(IllegalStateException.class);
            retried = management.createJobQuery().jobId(job.getId()).singleResult();
        }

        assertThat(cycle.enrolment.attempts).isEqualTo(retries);
        assertThat(retried.getRetries()).isZero();
        Incident incident = engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(instance.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("EnrolAndNotify");
        assertThat(incident.getIncidentMessage()).contains("Mail server unavailable");
        assertThat(instance).isWaitingAt("EnrolAndNotify").hasPassed("ApproveByHr")
                .variables().containsEntry("hrDecision", "approved");

        cycle.enrolment.failNextAttempts(0);
        management.setJobRetries(job.getId(), 1);
        cycle.advance(interval);

        assertThat(cycle.enrolment.enrolledSpecifications).containsExactly(11L);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
                .isZero();
        assertThat(instance).isWaitingAt("TrainingEnded");
    }

    @Test
    void theEvaluationWaitsForTheTrainingEndPlusTheEvaluationDelay() {
        ProcessInstance instance = approved();
        cycle.runDueJobs();

        cycle.advance(Duration.between(cycle.now(), TRAINING_END));
        assertThat(instance).isWaitingAt("EvaluationDelayPassed");
        Job delay = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("EvaluationDelayPassed").singleResult();
        assertThat(delay.getDuedate()).isEqualTo(Date.from(TRAINING_END.plus(cycle.modelDuration("evaluationDelay"))));

        cycle.advance(cycle.modelDuration("evaluationDelay").minus(Duration.ofMinutes(1)));
        assertThat(instance).isWaitingAt("EvaluationDelayPassed");
        cycle.advance(Duration.ofMinutes(1));

        assertThat(instance).isWaitingAt("EvaluateResults");
        assertThat(cycle.task(instance, "EvaluateResults"))
                .isAssignedTo(MANAGER).hasFormKey("app:tasks/evaluate-results.xhtml");
    }

    @Test
    void theEvaluationGoesToWhoeverManagesTheEmployeeByThen() {
        ProcessInstance instance = approved();
        cycle.runDueJobs();
        cycle.participants.reportsTo(EMPLOYEE, "nina.newmanager", "otto.director");

        cycle.advance(Duration.between(cycle.now(), TRAINING_END));
        cycle.advance(cycle.modelDuration("evaluationDelay"));

        assertThat(cycle.task(instance, "EvaluateResults")).isAssignedTo("nina.newmanager");
    }

    @Test
    void anEvaluationThatClosesTheGapEndsTheCase() {
        ProcessInstance instance = evaluationDue();

        cycle.complete(instance, "EvaluateResults", vars("gapClosed", true, "evaluationId", 5L));

        assertThat(instance).isEnded().hasPassed("GapClosedEnd").hasNotPassed("GapReopenedEnd");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void anEvaluationThatReopensTheGapStartsANewCycleLinkedToThisOne() {
        ProcessInstance instance = evaluationDue();

        cycle.complete(instance, "EvaluateResults", vars("gapClosed", false, "evaluationId", 5L));
        cycle.runDueJobs();

        assertThat(instance).isEnded().hasPassed("GapReopenedEnd");
        ProcessInstance next = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(Cycle.PROCESS).singleResult();
        assertThat(next.getId()).isNotEqualTo(instance.getId());
        Map<String, Object> variables = engine.getRuntimeService().getVariables(next.getId());
        assertThat(variables)
                .containsEntry("previousCaseId", instance.getId())
                .containsEntry("employeeId", EMPLOYEE)
                .containsEntry("gapId", 7L)
                .containsEntry("manager", MANAGER)
                .containsEntry("evaluationDelay", cycle.modelDefault("evaluationDelay"))
                .doesNotContainKey("gapClosed");
        assertThat(next).isWaitingAt("AnalyseCauses").hasPassed("GapReopenedStart").hasNotPassed("IdentifyGaps");
    }

    @Test
    void aWholeCycleKeepsOnlyPlainValuesAsVariables() {
        ProcessInstance instance = evaluationDue();
        cycle.complete(instance, "EvaluateResults", vars("gapClosed", false, "evaluationId", 5L));
        cycle.runDueJobs();

        List<HistoricVariableInstance> variables = engine.getHistoryService()
                .createHistoricVariableInstanceQuery().list();

        assertThat(variables).hasSizeGreaterThan(30);
        assertThat(variables).allSatisfy(variable -> assertThat(variable.getTypeName()).as(variable.getName())
                .isIn("string", "boolean", "long", "double", "integer", "date", "null"));
    }
}
