package org.gapflow.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gapflow.review.CaseStatus;
import org.gapflow.review.ReviewCase;
import org.gapflow.solution.SolutionCode;
import org.gapflow.solution.SolutionDecision;
import org.gapflow.solution.SolutionService;
import org.gapflow.training.ApprovalOutcome;
import org.gapflow.training.ApprovalService;
import org.gapflow.workflow.Actor;

/**
 * Test-only (never in the product): a new case of mark's brought through the services to the open task
 * of any step, and what a case has written so far, for tests that post to the step pages as a client.
 */
@ApplicationScoped
public class StepFixtures {

    /** The steps in the order the cycle reaches them; ReviewActionPlan is on the action-plan path instead. */
    public static final List<String> STEPS = List.of("IdentifyGaps", "AnalyseCauses", "ChooseSolutions",
            "SpecifyTraining", "ApproveByHr", "EvaluateResults");

    static final Actor MARK = new Actor("mark", Set.of("manager"));
    static final Actor HANA = new Actor("hana", Set.of("hr"));
    static final Actor LENA = new Actor("lena", Set.of("hr", "hr-lead"));

    @Inject
    CycleDriver cycle;
    @Inject
    SolutionService solutions;
    @Inject
    ApprovalService approvals;
    @Inject
    TaskService taskService;
    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    /** A case for the employee (one of mark's reports) whose open task is the step's. */
    public ReviewCase caseAt(String step, String employeeNumber) throws InterruptedException {
        ReviewCase c = cycle.start(MARK, cycle.employee(employeeNumber));
        if (!step.equals("IdentifyGaps")) {
            cycle.identifyGap(MARK, c, "Customer satisfaction (NPS)", "1500");
        }
        if (step.equals("ReviewActionPlan")) {
            cycle.analyseCausesPointingToTraining(MARK, c);
            solutions.chooseSolutions(MARK, cycle.task(c, "ChooseSolutions"), List.of(
                    new SolutionDecision(SolutionCode.TRAINING, false, "Coaching first"),
                    new SolutionDecision(SolutionCode.COACHING, true, "Coaching first")),
                    "Weekly coaching by the team lead", LocalDate.now().plusDays(14));
            cycle.fireTimer(c, "FollowUpDateReached");
            return c;
        }
        int target = STEPS.indexOf(step);
        if (target < 0) {
            throw new IllegalArgumentException("No such step: " + step);
        }
        if (target > STEPS.indexOf("AnalyseCauses")) {
            cycle.analyseCausesPointingToTraining(MARK, c);
        }
        if (target > STEPS.indexOf("ChooseSolutions")) {
            cycle.chooseTraining(MARK, c);
        }
        if (target > STEPS.indexOf("SpecifyTraining")) {
            cycle.specify(MARK, c, "1200");
        }
        if (target > STEPS.indexOf("ApproveByHr")) {
            cycle.decideAsHr(HANA, c, ApprovalOutcome.APPROVED, null);
            // other tests spend the team's budget too: the route may ask the budget holder as well
            Task budget = taskService.createTaskQuery().processInstanceId(c.getProcessInstanceId())
                    .taskDefinitionKey("ApproveByBudgetHolder").active().singleResult();
            if (budget != null) {
                approvals.decide(LENA, budget.getId(), ApprovalOutcome.APPROVED, null);
            }
            cycle.awaitStatus(c, CaseStatus.AWAITING_EVALUATION);
            cycle.fireTimer(c, "TrainingEnded");
            cycle.fireTimer(c, "EvaluationDelayPassed");
        }
        return c;
    }

    /** What the case has written (rows of each kind), the task's drafts and whether it is still open. */
    public String written(Long caseId, String taskId) {
        return "gaps=" + count("select count(x) from PerformanceGap x where x.reviewCase.id = :c", caseId)
                + " analyses=" + count("select count(x) from CauseAnalysis x where x.reviewCase.id = :c", caseId)
                + " choices=" + count("select count(x) from SolutionChoice x where x.reviewCase.id = :c", caseId)
                + " plans=" + count("select count(x) from ActionPlan x where x.reviewCase.id = :c and x.completedAt is not null", caseId)
                + " specifications=" + count("select count(x) from TrainingSpecification x where x.reviewCase.id = :c", caseId)
                + " decisions=" + count("select count(x) from ApprovalDecision x where x.specification.reviewCase.id = :c", caseId)
                + " evaluations=" + count("select count(x) from Evaluation x where x.reviewCase.id = :c", caseId)
                + " drafts=" + entityManager.createQuery("select count(d) from TaskDraft d where d.taskId = :t", Long.class)
                        .setParameter("t", taskId).getSingleResult()
                + " task=" + (taskService.createTaskQuery().taskId(taskId).singleResult() == null ? "gone" : "open");
    }

    private long count(String query, Long caseId) {
        return entityManager.createQuery(query, Long.class).setParameter("c", caseId).getSingleResult();
    }
}
