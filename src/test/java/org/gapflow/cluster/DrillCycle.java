package org.gapflow.cluster;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.gapflow.people.Employee;
import org.gapflow.people.Team;
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
 * Test-only (in the fault drill's archive): the steps a client drives on either node, each the call a
 * page's submit makes, in its own transaction. The job executors of both nodes run what follows the
 * approval (enrolment, mail, timers), so the drill sees who ran what.
 */
@ApplicationScoped
public class DrillCycle {

    static final Actor HR = new Actor("drill-hr", Set.of("hr"));
    /** Far more than the drill commits, so every request takes the route "HR only". */
    static final BigDecimal BUDGET = new BigDecimal("900000000");

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

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    /** A team of its own, with employees D{run}-1 … D{run}-{size}, each with an address of their own. */
    @Transactional
    public void createTeam(String run, int size) {
        Team team = new Team("Drill " + run, BUDGET);
        entityManager.persist(team);
        Employee director = new Employee("D" + run + "-D", "Drill Director " + run, null, "Director", null, null,
                "drill-" + run + "-director");
        entityManager.persist(director);
        Employee manager = new Employee("D" + run + "-M", "Drill Manager " + run, null, "Manager", team, director,
                manager(run).userId());
        entityManager.persist(manager);
        for (int i = 1; i <= size; i++) {
            entityManager.persist(new Employee("D" + run + "-" + i, "Drill Employee " + i, address(run, i), "Agent",
                    team, manager, null));
        }
    }

    static Actor manager(String run) {
        return new Actor("drill-" + run + "-manager", Set.of("manager"));
    }

    static String address(String run, int index) {
        return "drill-" + run + "-" + index + "@gapflow.example";
    }

    /** Start to HR's approval; answers the process instance id. */
    public String frontHalf(String run, int index) {
        Actor manager = manager(run);
        Long employee = entityManager.createQuery("select e.id from Employee e where e.employeeNumber = :n", Long.class)
                .setParameter("n", "D" + run + "-" + index).getSingleResult();
        ReviewCase started = reviews.startReview(manager, employee);
        String instance = started.getProcessInstanceId();
        reviews.identifyGaps(manager, taskId(instance, "IdentifyGaps"),
                List.of(new GapInput("First-call resolution", new BigDecimal("80"), new BigDecimal("62"), "% of calls",
                        false, "Customer satisfaction (NPS)", new BigDecimal("1500"), "Call logs")));
        solutions.analyseCauses(manager, taskId(instance, "AnalyseCauses"),
                new CauseAnswers(true, true, true, true, false, true, false, false, true, "New product range"));
        String choose = taskId(instance, "ChooseSolutions");
        solutions.chooseSolutions(manager, choose, solutions.recommendations(manager, choose).stream()
                .map(r -> new SolutionDecision(r.solution(), true, null)).toList(), null, null);
        LocalDate start = LocalDate.now().plusDays(7);
        trainings.specify(manager, taskId(instance, "SpecifyTraining"), new TrainingRequest(
                "Resolve product questions on the first call", "with the knowledge base", "80 % first-call resolution",
                "classroom", "Acme Academy", 3, start, start.plusDays(2), new BigDecimal("1800"), 12, "1,2,3,4",
                "L3: 80 %", List.of(new CostLine("fees", "Course fee", new BigDecimal("100")))));
        approvals.decide(HR, taskId(instance, "ApproveByHr"), ApprovalOutcome.APPROVED, null);
        return instance;
    }

    /** Brings the two evaluation timers of the given cases forward to now; answers how many moved. */
    public int timersDueNow(List<String> instances) {
        int moved = 0;
        for (String instance : instances) {
            for (Job job : managementService.createJobQuery().processInstanceId(instance).timers().list()) {
                managementService.setJobDuedate(job.getId(), new Date());
                moved++;
            }
        }
        return moved;
    }

    public void evaluate(String run, String instance) {
        evaluations.evaluate(manager(run), taskId(instance, "EvaluateResults"),
                new EvaluationAnswers(new BigDecimal("74"), 4, 85, "Uses the new checklist", "NPS up 6 points",
                        new BigDecimal("100"), 12, new BigDecimal("0.5"), new BigDecimal("0.8"), true));
    }

    private String taskId(String instance, String step) {
        Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step).active()
                .singleResult();
        if (task == null) {
            throw new IllegalStateException("Case " + instance + " is not waiting at " + step);
        }
        return task.getId();
    }
}
