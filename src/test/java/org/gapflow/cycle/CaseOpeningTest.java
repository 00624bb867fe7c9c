package org.gapflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.gapflow.cycle.Cycle.MANAGER;
import static org.gapflow.cycle.Cycle.MANAGERS_MANAGER;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Opening a case: who gets it, which defaults it carries, and the case without a gap. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {Cycle.BPMN, Cycle.SOLUTION_DMN, Cycle.ROUTE_DMN})
class CaseOpeningTest {

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

    @Test
    void theEmployeesManagerIdentifiesTheGapsWithinTheDueTimeOfTheModel() {
        ProcessInstance instance = cycle.start();

        assertThat(instance).isWaitingAt("IdentifyGaps").variables()
                .containsEntry("manager", MANAGER)
                .containsEntry("managersManager", MANAGERS_MANAGER);
        Task task = cycle.task(instance, "IdentifyGaps");
        assertThat(task).isAssignedTo(MANAGER).hasFormKey("app:tasks/identify-gaps.xhtml");
        assertThat(task.getDueDate())
                .isEqualTo(Date.from(Cycle.START.plus(cycle.modelDuration("identifyGapsDue"))));
        assertThat(task.getFollowUpDate())
                .isEqualTo(Date.from(Cycle.START.plus(cycle.modelDuration("identifyGapsReminder"))));
    }

    @Test
    void everyDefaultOfTheModelBecomesCaseDataAndAValuePassedAtStartWins() {
        ProcessInstance instance = cycle.start(Map.of("identifyGapsDue", "P2D"));

        Map<String, Object> variables = engine.getRuntimeService().getVariables(instance.getId());
        assertThat(variables)
                .containsEntry("identifyGapsDue", "P2D")
                .containsEntry("evaluationDelay", cycle.modelDefault("evaluationDelay"))
                .containsEntry("hrApprovalDue", cycle.modelDefault("hrApprovalDue"))
                .containsEntry("enrolmentRetryCycle", cycle.modelDefault("enrolmentRetryCycle"));
        assertThat(cycle.task(instance, "IdentifyGaps").getDueDate())
                .isEqualTo(Date.from(Cycle.START.plus(java.time.Duration.ofDays(2))));
    }

    @Test
    void noGapClosesTheCase() {
        ProcessInstance instance = cycle.start();

        cycle.complete(instance, "IdentifyGaps", Map.of("gapFound", false));

        assertThat(instance).isEnded().hasPassed("ClosedNoGap").hasNotPassed("AnalyseCauses");
    }

    @Test
    void aGapGoesOnToTheCauseAnalysisOfTheSameManager() {
        ProcessInstance instance = cycle.start();

        cycle.identifyGap(instance);

        assertThat(instance).isWaitingAt("AnalyseCauses").variables().containsEntry("gapId", 7L);
        assertThat(cycle.task(instance, "AnalyseCauses")).isAssignedTo(MANAGER);
    }

    @Test
    void anEmployeeWithoutAKnownManagerCannotOpenACase() {
        Map<String, Object> variables = Map.of("employeeId", 99L);

        assertThatThrownBy(() -> engine.getRuntimeService()
                .startProcessInstanceByKey(Cycle.PROCESS, variables))
                .hasMessageContaining("No manager known for employee 99");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }
}
