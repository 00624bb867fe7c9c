package org.gapflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.gapflow.cycle.Cycle.MANAGER;
import static org.gapflow.cycle.Cycle.vars;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Examining solutions: the recommendation, the manager's choice, and the non-training action plan. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {Cycle.BPMN, Cycle.SOLUTION_DMN, Cycle.ROUTE_DMN})
class SolutionPathTest {

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

    /** Expectations unclear, no feedback, could do it before and uses it often. */
    private static Map<String, Object> motivationAnswers() {
        Map<String, Object> answers = Cycle.skillGapAnswers();
        answers.put("expectationsClear", false);
        answers.put("feedbackGiven", false);
        answers.put("couldDoBefore", true);
        return answers;
    }

    @Test
    void theRecommendationIsKeptAsPlainCodesAndTheReasonsInTheDecisionHistory() {
        ProcessInstance instance = cycle.start();
        cycle.identifyGap(instance);

        cycle.complete(instance, "AnalyseCauses", motivationAnswers());

        assertThat(instance).isWaitingAt("ChooseSolutions").variables()
                .containsEntry("recommendedSolutions", "clarify-expectations,coaching");
        assertThat(cycle.task(instance, "ChooseSolutions"))
                .isAssignedTo(MANAGER).hasFormKey("app:tasks/choose-solutions.xhtml");
        HistoricDecisionInstance table = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .processInstanceId(instance.getId())
                .decisionDefinitionKey("solution-recommendation")
                .includeOutputs()
                .singleResult();
        assertThat(table.getOutputs())
                .filteredOn(o -> "reason".equals(o.getVariableName()))
                .extracting(HistoricDecisionOutputInstance::getRuleId)
                .containsExactly("expectations-unclear", "no-feedback", "skill-used-often");
    }

    @Test
    void aNonTrainingPlanWaitsForTheFollowUpDateThenReturnsToTheManager() {
        ProcessInstance instance = cycle.start();
        cycle.identifyGap(instance);
        cycle.complete(instance, "AnalyseCauses", motivationAnswers());
        Date followUp = Date.from(Instant.parse("2026-03-02T09:00:00Z"));

        cycle.complete(instance, "ChooseSolutions", vars("solutionPath", "action-plan", "followUpDate", followUp));

        assertThat(instance).isWaitingAt("FollowUpDateReached");
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("FollowUpDateReached").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(followUp);

        cycle.advance(Duration.between(cycle.now(), followUp.toInstant()));

        assertThat(instance).isWaitingAt("ReviewActionPlan");
        assertThat(cycle.task(instance, "ReviewActionPlan"))
                .isAssignedTo(MANAGER).hasFormKey("app:tasks/review-action-plan.xhtml");

        cycle.complete(instance, "ReviewActionPlan", Map.of("actionPlanOutcome", "resolved"));

        assertThat(instance).isEnded().hasPassed("ClosedByActionPlan").hasNotPassed("SpecifyTraining");
    }

    @Test
    void withoutAFollowUpDateTheModelDefaultApplies() {
        ProcessInstance instance = cycle.start();
        cycle.identifyGap(instance);
        cycle.complete(instance, "AnalyseCauses", motivationAnswers());

        cycle.complete(instance, "ChooseSolutions", Map.of("solutionPath", "action-plan"));

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("FollowUpDateReached").singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(cycle.now().plus(cycle.modelDuration("followUpDate"))));
    }

    @Test
    void anActionPlanNotYetDoneWaitsForTheNextFollowUpDate() {
        ProcessInstance instance = cycle.start();
        cycle.identifyGap(instance);
        cycle.complete(instance, "AnalyseCauses", motivationAnswers());
        cycle.complete(instance, "ChooseSolutions", Map.of("solutionPath", "action-plan"));
        cycle.advance(cycle.modelDuration("followUpDate"));
        Date next = Date.from(cycle.now().plus(Duration.ofDays(14)));

        cycle.complete(instance, "ReviewActionPlan", vars("actionPlanOutcome", "continue", "followUpDate", next));

        assertThat(instance).isWaitingAt("FollowUpDateReached");
        cycle.advance(Duration.ofDays(14));
        assertThat(instance).isWaitingAt("ReviewActionPlan");
    }

    @Test
    void aFailedActionPlanSendsTheCaseBackToTheCauseAnalysis() {
        ProcessInstance instance = cycle.start();
        cycle.identifyGap(instance);
        cycle.complete(instance, "AnalyseCauses", motivationAnswers());
        cycle.complete(instance, "ChooseSolutions", Map.of("solutionPath", "action-plan"));
        cycle.advance(cycle.modelDuration("followUpDate"));

        cycle.complete(instance, "ReviewActionPlan", Map.of("actionPlanOutcome", "reexamine"));
        cycle.complete(instance, "AnalyseCauses", Cycle.skillGapAnswers());

        assertThat(instance).isWaitingAt("ChooseSolutions").variables()
                .containsEntry("recommendedSolutions", "training");
    }

    @Test
    void theManagerMayChooseTrainingOverTheRecommendation() {
        ProcessInstance instance = cycle.start();
        cycle.identifyGap(instance);
        cycle.complete(instance, "AnalyseCauses", motivationAnswers());

        cycle.complete(instance, "ChooseSolutions", Map.of("solutionPath", "training"));

        assertThat(instance).isWaitingAt("SpecifyTraining");
        assertThat(cycle.task(instance, "SpecifyTraining"))
                .isAssignedTo(MANAGER).hasFormKey("app:tasks/specify-training.xhtml");
    }
}
