package org.gapflow.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.gapflow.review.GapInput;
import org.gapflow.review.ReviewCase;
import org.gapflow.review.ReviewService;
import org.gapflow.solution.CauseAnswers;
import org.gapflow.solution.SolutionDecision;
import org.gapflow.solution.SolutionService;
import org.gapflow.training.ApprovalOutcome;
import org.gapflow.training.ApprovalService;
import org.gapflow.training.CostLine;
import org.gapflow.training.EvaluationAnswers;
import org.gapflow.training.EvaluationService;
import org.gapflow.training.TrainingRequest;
import org.gapflow.training.TrainingService;
import org.gapflow.workflow.Actor;

/**
 * One review cycle through GapFlow's services, each step the call its page's submit makes (its own
 * transaction, @Transactional), preceded by the task lookup that gives the page its task id. The
 * enrolment job and the two evaluation timers run on the calling thread through the engine's
 * ManagementService, as the job executor would run them, but without racing it (the caller pauses it).
 */
@ApplicationScoped
public class GapFlowCycle {

    static final Actor HR = new Actor("bench-hr", Set.of("hr"));

    @Inject
    ReviewService reviews;

    @Inject
    SolutionService solutions;

    @Inject
    TrainingService trainings;

    @Inject
    ApprovalService approvals;

    @Inject
    EvaluationService evaluations;

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    @Inject
    HistoryService historyService;

    public CycleDriver driver(BenchmarkTeam team) {
        Actor manager = new Actor(team.managerUsername(), Set.of("manager"));
        return new CycleDriver() {
            @Override
            public String run(int index, StepTimes times) throws Exception {
                return cycle(manager, team.employee(index), times);
            }

            @Override
            public long countEnded(Collection<String> processInstanceIds) {
                return historyService.createHistoricProcessInstanceQuery()
                        .processInstanceIds(new HashSet<>(processInstanceIds)).finished().count();
            }
        };
    }

    String cycle(Actor manager, Long employeeId, StepTimes times) throws Exception {
        ReviewCase started = times.time(CycleDriver.START, () -> reviews.startReview(manager, employeeId));
        String instance = started.getProcessInstanceId();
        times.time(CycleDriver.IDENTIFY, () -> reviews.identifyGaps(manager, taskId(instance, "IdentifyGaps"),
                List.of(new GapInput("First-call resolution", new BigDecimal("80"), new BigDecimal("62"),
                        "% of calls", false, "Customer satisfaction (NPS)", new BigDecimal("1500"), "Call logs"))));
        times.time(CycleDriver.ANALYSE, () -> {
            // can't do it, never could, skill used often: the decision recommends training
            solutions.analyseCauses(manager, taskId(instance, "AnalyseCauses"), new CauseAnswers(true, true, true,
                    true, false, true, false, false, true, "New product range"));
            return null;
        });
        times.time(CycleDriver.CHOOSE, () -> {
            // the page shows the recommendations, the manager confirms them all
            String task = taskId(instance, "ChooseSolutions");
            List<SolutionDecision> confirmed = solutions.recommendations(manager, task).stream()
                    .map(r -> new SolutionDecision(r.solution(), true, null)).toList();
            solutions.chooseSolutions(manager, task, confirmed, null, null);
            return null;
        });
        times.time(CycleDriver.SPECIFY, () -> trainings.specify(manager, taskId(instance, "SpecifyTraining"),
                cheapTraining()));
        times.time(CycleDriver.APPROVE, () -> approvals.decide(HR, taskId(instance, "ApproveByHr"),
                ApprovalOutcome.APPROVED, null));
        times.time(CycleDriver.ENROL, () -> {
            managementService.executeJob(jobId(instance, "EnrolAndNotify"));
            return null;
        });
        times.time(CycleDriver.TIMERS, () -> {
            managementService.executeJob(jobId(instance, "TrainingEnded"));
            managementService.executeJob(jobId(instance, "EvaluationDelayPassed"));
            return null;
        });
        times.time(CycleDriver.EVALUATE, () -> evaluations.evaluate(manager, taskId(instance, "EvaluateResults"),
                new EvaluationAnswers(new BigDecimal("74"), 4, 85, "Uses the new checklist", "NPS up 6 points",
                        new BigDecimal("100"), 12, new BigDecimal("0.5"), new BigDecimal("0.8"), true)));
        return instance;
    }

    /** Within HR's limit and the team's budget, forecast to pay back: the approval route is HR only. */
    private static TrainingRequest cheapTraining() {
        LocalDate start = LocalDate.now().plusDays(7);
        return new TrainingRequest("Resolve product questions on the first call", "with the knowledge base",
                "80 % first-call resolution", "classroom", "Acme Academy", 3, start, start.plusDays(2),
                new BigDecimal("1800"), 12, "1,2,3,4", "L3: 80 %",
                List.of(new CostLine("fees", "Course fee", new BigDecimal("100"))));
    }

    private String taskId(String processInstanceId, String step) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(step).active().singleResult();
        if (task == null) {
            throw new IllegalStateException("Case " + processInstanceId + " is not waiting at " + step);
        }
        return task.getId();
    }

    private String jobId(String processInstanceId, String activityId) {
        Job job = managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).singleResult();
        if (job == null) {
            throw new IllegalStateException("Case " + processInstanceId + " has no job at " + activityId);
        }
        return job.getId();
    }
}
