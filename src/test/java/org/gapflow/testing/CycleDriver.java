package org.gapflow.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.gapflow.review.CaseStatus;
import org.gapflow.review.GapInput;
import org.gapflow.review.ReviewCase;
import org.gapflow.review.ReviewCases;
import org.gapflow.review.ReviewService;
import org.gapflow.people.Employee;
import org.gapflow.people.PeopleDirectory;
import org.gapflow.people.Team;
import org.gapflow.solution.CauseAnswers;
import org.gapflow.solution.SolutionCode;
import org.gapflow.solution.SolutionDecision;
import org.gapflow.solution.SolutionService;
import org.gapflow.training.ApprovalOutcome;
import org.gapflow.training.ApprovalService;
import org.gapflow.training.CostLine;
import org.gapflow.training.Evaluation;
import org.gapflow.training.EvaluationAnswers;
import org.gapflow.training.EvaluationService;
import org.gapflow.training.TrainingRequest;
import org.gapflow.training.TrainingService;
import org.gapflow.training.TrainingSpecification;
import org.gapflow.workflow.Actor;
import org.gapflow.workflow.TaskEscalation;

/**
 * Test-only (never in the product): drives review cases through GapFlow's services step by step, as the
 * pages would, for tests that look at what the cycle leaves behind (case view, dashboard).
 */
@ApplicationScoped
public class CycleDriver {

    /** Why the manager adds coaching, which the rules do not recommend for these causes. */
    public static final String COACHING_REASON = "Weekly coaching by the team lead as well";

    @Inject ReviewService reviews;
    @Inject ReviewCases cases;
    @Inject SolutionService solutions;
    @Inject TrainingService trainings;
    @Inject ApprovalService approvals;
    @Inject EvaluationService evaluations;
    @Inject PeopleDirectory people;
    @Inject TaskService taskService;
    @Inject ManagementService managementService;
    @Inject IdentityService identityService;
    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    /** A team of its own (name made unique), a manager with a login and two employees, so figures are the test's alone. */
    public record Organisation(Long teamId, String teamName, String managerUsername, List<Long> employeeIds) {
        public Actor manager() {
            return new Actor(managerUsername, java.util.Set.of("manager"));
        }

        public String managerName() {
            return "Manager " + managerUsername.substring("mgr-".length());
        }
    }

    @Transactional
    public Organisation newTeam(String name, BigDecimal budget) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Team team = new Team(name + " " + suffix, budget);
        entityManager.persist(team);
        String username = "mgr-" + suffix;
        Employee manager = new Employee("IT-M-" + suffix, "Manager " + suffix, username + "@gapflow.example",
                "Team manager", team, null, username);
        entityManager.persist(manager);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Employee employee = new Employee("IT-E" + i + "-" + suffix, "Employee " + i + " " + suffix,
                    "e" + i + "-" + suffix + "@gapflow.example", "Agent", team, manager, null);
            entityManager.persist(employee);
            entityManager.flush();
            ids.add(employee.getId());
        }
        return new Organisation(team.getId(), team.getName(), username, ids);
    }

    public Long employee(String number) {
        return people.employeeByNumber(number).orElseThrow().getId();
    }

    public ReviewCase start(Actor starter, Long employeeId) {
        return reviews.startReview(starter, employeeId);
    }

    public void identifyGap(Actor manager, ReviewCase c, String businessResult, String monthlyCost) {
        reviews.identifyGaps(manager, task(c, "IdentifyGaps"), List.of(new GapInput("First-call resolution",
                new BigDecimal("80"), new BigDecimal("60"), "% of calls", false, businessResult,
                new BigDecimal(monthlyCost), "Call logs")));
    }

    /** Never could do it, skill used often, task not simplifiable, has the potential: the rules recommend training. */
    public void analyseCausesPointingToTraining(Actor manager, ReviewCase c) {
        solutions.analyseCauses(manager, task(c, "AnalyseCauses"), new CauseAnswers(true, true, true, true,
                false, true, false, false, true, "New product range"));
    }

    /** Training as recommended, and coaching added with a reason (an override). */
    public void chooseTrainingAndCoaching(Actor manager, ReviewCase c) {
        solutions.chooseSolutions(manager, task(c, "ChooseSolutions"), List.of(
                new SolutionDecision(SolutionCode.TRAINING, true, null),
                new SolutionDecision(SolutionCode.COACHING, true, COACHING_REASON)), null, null);
    }

    public void chooseTraining(Actor manager, ReviewCase c) {
        solutions.chooseSolutions(manager, task(c, "ChooseSolutions"),
                List.of(new SolutionDecision(SolutionCode.TRAINING, true, null)), null, null);
    }

    public TrainingSpecification specify(Actor manager, ReviewCase c, String fee) {
        LocalDate start = LocalDate.now().plusDays(7);
        return trainings.specify(manager, task(c, "SpecifyTraining"), new TrainingRequest(
                "Resolve product questions on the first call", "with the knowledge base", "80 % first-call resolution",
                "classroom", "Acme Academy", 3, start, start.plusDays(2), new BigDecimal("1800"), 12, "1,2,3,4",
                "L3: 80 %", List.of(new CostLine("fees", "Course fee", new BigDecimal(fee)))));
    }

    public void decideAsHr(Actor hr, ReviewCase c, ApprovalOutcome outcome, String reason) {
        approvals.decide(hr, task(c, "ApproveByHr"), outcome, reason);
    }

    public Evaluation evaluate(Actor manager, ReviewCase c, String newMeasure, boolean gapClosed) {
        return evaluations.evaluate(manager, task(c, "EvaluateResults"), new EvaluationAnswers(new BigDecimal(newMeasure),
                4, 85, "Uses the checklist", "NPS up", new BigDecimal("100"), 12, new BigDecimal("0.5"),
                new BigDecimal("0.8"), gapClosed));
    }

    /** A reminder for the case's open task at this step, as the workflow's reminder records it. */
    @Transactional
    public void remind(ReviewCase c, String step, String holder) {
        Task task = taskService.createTaskQuery().taskId(task(c, step)).singleResult();
        entityManager.persist(new TaskEscalation(task.getId(), task.getProcessInstanceId(), task.getName(),
                TaskEscalation.REMINDER, holder));
    }

    public void comment(ReviewCase c, String step, String user, String message) {
        identityService.setAuthenticatedUserId(user);
        try {
            taskService.createComment(task(c, step), c.getProcessInstanceId(), message);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Fires the case's timer at this event now: months of waiting are not a test. */
    public void fireTimer(ReviewCase c, String activityId) {
        Job timer = managementService.createJobQuery().processInstanceId(c.getProcessInstanceId())
                .activityId(activityId).timers().singleResult();
        if (timer == null) {
            throw new IllegalStateException("No timer " + activityId + " in case " + c.getId());
        }
        managementService.executeJob(timer.getId());
    }

    /** Waits for the job executor (enrolment runs asynchronously) to bring the case to this status. */
    public void awaitStatus(ReviewCase c, CaseStatus status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && cases.require(c.getId()).getStatus() != status) {
            Thread.sleep(200);
        }
        if (cases.require(c.getId()).getStatus() != status) {
            throw new IllegalStateException("Case " + c.getId() + " is " + cases.require(c.getId()).getStatus()
                    + ", not " + status);
        }
    }

    public String task(ReviewCase c, String step) {
        Task task = taskService.createTaskQuery().processInstanceId(c.getProcessInstanceId())
                .taskDefinitionKey(step).active().singleResult();
        if (task == null) {
            throw new IllegalStateException("Case " + c.getId() + " has no open task " + step);
        }
        return task.getId();
    }
}
