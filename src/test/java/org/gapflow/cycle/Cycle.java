package org.gapflow.cycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.gapflow.workflow.ProcessDataDefaults;

/**
 * Drives one case of performance-gap-to-training through the engine the way GapFlow's pages and job
 * executor would: starts it, completes tasks with the variables a form sets, and moves the engine clock
 * to fire timers. The beans of processes/README.md are fakes, except the model defaults listener.
 */
final class Cycle {

    static final String PROCESS = "performance-gap-to-training";
    static final String BPMN = "processes/performance-gap-to-training.bpmn";
    static final String SOLUTION_DMN = "processes/solution-recommendation.dmn";
    static final String ROUTE_DMN = "processes/approval-route.dmn";

    static final long EMPLOYEE = 42L;
    static final String MANAGER = "maria.manager";
    static final String MANAGERS_MANAGER = "otto.director";
    static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

    final ProcessEngine engine;
    final FakeCaseParticipants participants = new FakeCaseParticipants()
            .reportsTo(EMPLOYEE, MANAGER, MANAGERS_MANAGER);
    final FakeTaskReminder reminders = new FakeTaskReminder();
    final FakeTaskEscalation escalations = new FakeTaskEscalation();
    final FakeTrainingEnrolment enrolment = new FakeTrainingEnrolment();

    Cycle(ProcessEngine engine) {
        this.engine = engine;
        ClockUtil.setCurrentTime(Date.from(START));
        Mocks.register("processDataDefaults", new ProcessDataDefaults());
        Mocks.register("caseParticipants", participants);
        Mocks.register("taskReminder", reminders);
        Mocks.register("taskEscalation", escalations);
        Mocks.register("trainingEnrolment", enrolment);
    }

    static void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    ProcessInstance start() {
        return start(Map.of());
    }

    ProcessInstance start(Map<String, Object> overrides) {
        Map<String, Object> variables = new HashMap<>(overrides);
        variables.put("employeeId", EMPLOYEE);
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, variables);
    }

    /** The one open task of the case; fails when it is not at that step. */
    Task task(ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    void complete(ProcessInstance instance, String taskKey, Map<String, Object> formVariables) {
        Task task = task(instance, taskKey);
        if (task == null) {
            throw new AssertionError("Case is not waiting at " + taskKey + " but at "
                    + engine.getRuntimeService().getActiveActivityIds(instance.getId()));
        }
        engine.getTaskService().complete(task.getId(), formVariables);
    }

    /** A default the model itself declares (extension property of the process), as written there. */
    String modelDefault(String name) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS).latestVersion().singleResult().getId();
        Process process = engine.getRepositoryService().getBpmnModelInstance(definitionId)
                .getModelElementById(PROCESS);
        return process.getExtensionElements().getElementsQuery().filterByType(
                        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                .singleResult().getCamundaProperties().stream()
                .filter(p -> name.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElseThrow(() -> new AssertionError("No default " + name + " in the model"));
    }

    Duration modelDuration(String name) {
        return Duration.parse(modelDefault(name));
    }

    Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Sets the engine clock to an exact instant, such as a job's due date, without running jobs. */
    void moveClockTo(Date instant) {
        ClockUtil.setCurrentTime(instant);
    }

    /** Moves the engine clock and runs every job that is then due, as the job executor would. */
    void advance(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(now().plus(duration)));
        runDueJobs();
    }

    void runDueJobs() {
        for (int round = 0; round < 20; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
        throw new AssertionError("Jobs keep becoming due: a timer loop in the model?");
    }

    // ---- the steps, with the variables GapFlow's forms set (processes/README.md)

    void identifyGap(ProcessInstance instance) {
        complete(instance, "IdentifyGaps", Map.of("gapFound", true, "gapId", 7L));
    }

    /** Cause analysis answers pointing at a genuine skill gap with potential: training is recommended. */
    static Map<String, Object> skillGapAnswers() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("expectationsClear", true);
        answers.put("feedbackGiven", true);
        answers.put("resourcesAdequate", true);
        answers.put("consequencesRight", true);
        answers.put("couldDoBefore", false);
        answers.put("skillUsedOften", true);
        answers.put("taskSimplifiable", false);
        answers.put("obstaclesPresent", false);
        answers.put("hasPotential", true);
        return answers;
    }

    void chooseTraining(ProcessInstance instance) {
        identifyGap(instance);
        complete(instance, "AnalyseCauses", skillGapAnswers());
        complete(instance, "ChooseSolutions", Map.of("solutionPath", "training"));
    }

    /** Specifies a training that HR alone may approve (cheap, within budget, forecast to pay back). */
    void specifyTraining(ProcessInstance instance, double totalCost, Date trainingEnd) {
        Map<String, Object> specification = new HashMap<>();
        specification.put("trainingSpecificationId", 11L);
        specification.put("totalCost", totalCost);
        specification.put("benefitCostRatio", 2.5);
        specification.put("remainingBudget", 20_000.0);
        specification.put("trainingEndDate", trainingEnd);
        complete(instance, "SpecifyTraining", specification);
    }

    void approveByHr(ProcessInstance instance) {
        complete(instance, "ApproveByHr", Map.of("hrDecision", "approved"));
    }

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
