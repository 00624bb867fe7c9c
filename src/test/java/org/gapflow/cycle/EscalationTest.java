package org.gapflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.gapflow.cycle.Cycle.EMPLOYEE;
import static org.gapflow.cycle.Cycle.MANAGER;
import static org.gapflow.cycle.Cycle.MANAGERS_MANAGER;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reminders before the due date, escalation after it: manager steps and HR steps. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {Cycle.BPMN, Cycle.SOLUTION_DMN, Cycle.ROUTE_DMN})
class EscalationTest {

    private static final Duration A_MINUTE = Duration.ofMinutes(1);

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

    private List<String> candidates(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getUserId() != null ? "user:" + link.getUserId() : "group:" + link.getGroupId())
                .toList();
    }

    @Test
    void aReminderIsSentAtTheReminderTimeAndTheTaskStaysWithTheManager() {
        ProcessInstance instance = cycle.start();

        cycle.advance(cycle.modelDuration("identifyGapsReminder").minus(A_MINUTE));
        assertThat(cycle.reminders.sent).isEmpty();

        cycle.advance(A_MINUTE.multipliedBy(2));

        assertThat(cycle.reminders.sent)
                .containsExactly(new FakeTaskReminder.Reminder("IdentifyGaps", MANAGER));
        assertThat(instance).isWaitingAt("IdentifyGaps").hasPassed("SendReminder_End");
        assertThat(cycle.task(instance, "IdentifyGaps")).isAssignedTo(MANAGER);
        assertThat(cycle.escalations.escalatedTasks).isEmpty();
    }

    @Test
    void anOverdueManagerStepGoesToTheManagersManagerVisiblyAndInHistory() {
        ProcessInstance instance = cycle.start();
        Duration due = cycle.modelDuration("identifyGapsDue");

        cycle.advance(due.minus(A_MINUTE));
        assertThat(cycle.escalations.escalatedTasks).isEmpty();
        cycle.advance(A_MINUTE.multipliedBy(2));

        Task task = cycle.task(instance, "IdentifyGaps");
        assertThat(task).isAssignedTo(MANAGERS_MANAGER);
        assertThat(candidates(task)).contains("user:" + MANAGER);
        assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
                .containsEntry("escalated", true).containsEntry("escalatedTo", MANAGERS_MANAGER);
        HistoricVariableInstance recorded = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .taskIdIn(task.getId()).variableName("escalated").singleResult();
        assertThat(recorded.getValue()).isEqualTo(true);
        assertThat(instance).hasPassed("EscalateToManagersManager_End").isWaitingAt("IdentifyGaps");

        cycle.identifyGap(instance);
        assertThat(instance).isWaitingAt("AnalyseCauses");
        assertThat(cycle.task(instance, "AnalyseCauses")).isAssignedTo(MANAGER);
    }

    @Test
    void atTheTopOfTheReportingLineAnOverdueStepGoesToHrLead() {
        cycle.participants.reportsTo(EMPLOYEE, MANAGER, null);
        ProcessInstance instance = cycle.start();

        cycle.advance(cycle.modelDuration("identifyGapsDue").plus(A_MINUTE));

        Task task = cycle.task(instance, "IdentifyGaps");
        assertThat(task).isAssignedTo(MANAGER);
        assertThat(candidates(task)).containsExactly("group:hr-lead");
        assertThat(engine.getTaskService().getVariableLocal(task.getId(), "escalatedTo")).isEqualTo("hr-lead");
    }

    @Test
    void anOverdueHrApprovalEscalatesToHrLead() {
        ProcessInstance instance = cycle.start();
        cycle.chooseTraining(instance);
        cycle.specifyTraining(instance, 1_200.0, Date.from(Instant.parse("2026-04-30T17:00:00Z")));

        cycle.advance(cycle.modelDuration("hrApprovalReminder").plus(A_MINUTE));
        assertThat(cycle.reminders.sent).containsExactly(new FakeTaskReminder.Reminder("ApproveByHr", null));
        cycle.advance(cycle.modelDuration("hrApprovalDue").minus(cycle.modelDuration("hrApprovalReminder")));

        Task task = cycle.task(instance, "ApproveByHr");
        assertThat(task).isNotAssigned();
        assertThat(candidates(task)).containsExactlyInAnyOrder("group:hr", "group:hr-lead");
        assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
                .containsEntry("escalated", true).containsEntry("escalatedTo", "hr-lead");
        assertThat(instance).hasPassed("EscalateToHrLead_End").hasNotPassed("EscalateToManagersManager");
    }

    @Test
    void aStepDoneInTimeIsNeitherRemindedNorEscalated() {
        ProcessInstance instance = cycle.start();
        cycle.advance(A_MINUTE);

        cycle.identifyGap(instance);
        cycle.advance(cycle.modelDuration("identifyGapsReminder").minus(A_MINUTE.multipliedBy(2)));

        assertThat(cycle.reminders.sent).extracting(FakeTaskReminder.Reminder::taskDefinitionKey)
                .doesNotContain("IdentifyGaps");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("IdentifyGaps_Overdue").count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("AnalyseCauses_Overdue").count()).isOne();
    }

    @Test
    void durationsPassedAtStartOverrideTheModelForReminderAndEscalation() {
        ProcessInstance instance = cycle.start(Cycle.vars("identifyGapsReminder", "PT2H", "identifyGapsDue", "PT4H"));

        cycle.advance(Duration.ofHours(4).plus(A_MINUTE));

        assertThat(cycle.reminders.sent).hasSize(1);
        assertThat(cycle.task(instance, "IdentifyGaps")).isAssignedTo(MANAGERS_MANAGER);
    }
}
