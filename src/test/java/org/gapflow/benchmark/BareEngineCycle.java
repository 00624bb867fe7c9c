package org.gapflow.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.gapflow.workflow.ProcessDataDefaults;

/**
 * The same cycle on the bare engine: the same task completions with the routing variables GapFlow's
 * forms set (processes/README.md), the same jobs run the same way, and no GapFlow rows written. The
 * named beans do nothing, except what the model cannot run without: the durations (GapFlow's own
 * listener, which only copies the model's defaults into variables) and who the manager is.
 */
final class BareEngineCycle implements CycleDriver {

    static final String PROCESS = "performance-gap-to-training";
    static final String MANAGER = "bench-manager";
    static final String HR = "bench-hr";

    private final ProcessEngine engine;
    private final TaskService taskService;
    private final ManagementService managementService;

    BareEngineCycle(ProcessEngine engine) {
        this.engine = engine;
        this.taskService = engine.getTaskService();
        this.managementService = engine.getManagementService();
    }

    /** Stand-ins for the beans of processes/README.md. */
    static Map<Object, Object> beans() {
        JavaDelegate nothing = execution -> { };
        ExecutionListener fixedParticipants = execution -> {
            execution.setVariable("manager", MANAGER);
            execution.setVariable("managersManager", "bench-director");
        };
        Map<Object, Object> beans = new HashMap<>();
        beans.put("processDataDefaults", new ProcessDataDefaults());
        beans.put("caseParticipants", fixedParticipants);
        beans.put("taskReminder", nothing);
        beans.put("taskEscalation", nothing);
        beans.put("trainingEnrolment", nothing);
        return beans;
    }

    @Override
    public String run(int index, StepTimes times) throws Exception {
        String instance = times.time(START, () -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
                Integer.toString(index), variables("caseId", (long) index, "employeeId", 1000L + index % 10)).getId());
        times.time(IDENTIFY, () -> complete(instance, "IdentifyGaps", variables("gapFound", true, "gapId", (long) index)));
        times.time(ANALYSE, () -> complete(instance, "AnalyseCauses", variables("expectationsClear", true,
                "feedbackGiven", true, "resourcesAdequate", true, "consequencesRight", true, "couldDoBefore", false,
                "skillUsedOften", true, "taskSimplifiable", false, "obstaclesPresent", false, "hasPotential", true)));
        times.time(CHOOSE, () -> complete(instance, "ChooseSolutions", variables("solutionPath", "training")));
        Date trainingEnd = Date.from(LocalDate.now().plusDays(9).atStartOfDay(ZoneId.systemDefault()).toInstant());
        times.time(SPECIFY, () -> complete(instance, "SpecifyTraining", variables("trainingSpecificationId",
                (long) index, "totalCost", 100.0, "benefitCostRatio", 216.0, "remainingBudget", 900_000_000.0,
                "trainingEndDate", trainingEnd)));
        times.time(APPROVE, () -> {
            // a group task: claimed first, as GapFlow does so that history tells who decided
            String task = taskId(instance, "ApproveByHr");
            taskService.claim(task, HR);
            taskService.complete(task, variables("hrDecision", "approved", "approvalComments", null));
            return null;
        });
        times.time(ENROL, () -> {
            managementService.executeJob(jobId(instance, "EnrolAndNotify"));
            return null;
        });
        times.time(TIMERS, () -> {
            managementService.executeJob(jobId(instance, "TrainingEnded"));
            managementService.executeJob(jobId(instance, "EvaluationDelayPassed"));
            return null;
        });
        times.time(EVALUATE, () -> complete(instance, "EvaluateResults",
                variables("gapClosed", true, "evaluationId", (long) index)));
        return instance;
    }

    @Override
    public long countEnded(Collection<String> processInstanceIds) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(processInstanceIds)).finished().count();
    }

    private Void complete(String instance, String step, Map<String, Object> variables) {
        taskService.complete(taskId(instance, step), variables);
        return null;
    }

    private String taskId(String instance, String step) {
        Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step).active()
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("Bare case " + instance + " is not waiting at " + step);
        }
        return task.getId();
    }

    private String jobId(String instance, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        if (job == null) {
            throw new IllegalStateException("Bare case " + instance + " has no job at " + activityId);
        }
        return job.getId();
    }

    private static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}
