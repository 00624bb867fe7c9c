package org.gapflow.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.gapflow.people.Employee;
import org.gapflow.people.PeopleDirectory;
import org.gapflow.people.Role;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.platform.NotAllowedException;
import org.gapflow.workflow.Actor;
import org.gapflow.workflow.TaskAccess;
import org.gapflow.workflow.WorkflowContract;

/** Starting review cases and the first step, "Identify performance gaps". */
@ApplicationScoped
@Transactional
public class ReviewService {

    public static final String PROCESS_KEY = "performance-gap-to-training";
    public static final String IDENTIFY_GAPS = ReviewContract.IDENTIFY_GAPS;

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    PeopleDirectory people;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskAccess taskAccess;

    @Inject
    ReviewCases cases;

    /** A manager starts a review for someone in their reporting line; HR for anyone. */
    public ReviewCase startReview(Actor actor, Long employeeId) {
        return startReview(actor, employeeId, Map.of());
    }

    /**
     * As above, with process data for this case that overrides the model's defaults (the durations
     * listed in processes/README.md, e.g. {@code hrApprovalDue = P2D}); each must be an ISO-8601 duration.
     */
    public ReviewCase startReview(Actor actor, Long employeeId, Map<String, String> durations) {
        Employee employee = people.employee(employeeId)
                .orElseThrow(() -> InvalidInputException.of("employee", "Choose an employee."));
        boolean allowed = actor.hasRole(Role.HR.id()) || people.isInReportingLineOf(actor.userId(), employeeId);
        if (!allowed) {
            throw new NotAllowedException("You can start a review only for people in your reporting line.");
        }
        durations.forEach(ReviewService::requireIsoDuration);
        return open(employee, actor.userId(), null, durations);
    }

    /** HR starts one case per employee of a team (the team's manager excluded). */
    public List<ReviewCase> startCampaign(Actor actor, Long teamId) {
        if (!actor.hasRole(Role.HR.id())) {
            throw new NotAllowedException("Only HR can start a review campaign.");
        }
        List<Employee> members = entityManager.createQuery(
                        "select e from Employee e where e.team.id = :t and e.manager is not null "
                                + "and e.manager.team.id = :t order by e.fullName", Employee.class)
                .setParameter("t", teamId)
                .getResultList();
        if (members.isEmpty()) {
            throw InvalidInputException.of("team", "This team has no employees to review.");
        }
        List<ReviewCase> started = new ArrayList<>();
        for (Employee member : members) {
            started.add(open(member, actor.userId(), null, Map.of()));
        }
        return started;
    }

    /**
     * A new cycle for a gap the evaluation found still open: the case record, with the gaps carried
     * over and the new measure as the actual performance. The model starts its process instance (signal
     * "gapflow-gap-reopened"); {@link CaseParticipants} links the two when that instance starts.
     */
    public ReviewCase prepareReopenedCase(ReviewCase previous, BigDecimal measuredNow) {
        ReviewCase reopened = new ReviewCase(previous.getEmployee(), previous.getManagerUsername(),
                previous.getManagerUsername(), previous);
        List<PerformanceGap> carried = new ArrayList<>();
        List<PerformanceGap> gaps = previous.getGaps();
        for (int i = 0; i < gaps.size(); i++) {
            PerformanceGap gap = gaps.get(i);
            carried.add(new PerformanceGap(gap.getTitle(), gap.getExpectedStandard(),
                    i == 0 ? measuredNow : gap.getActualPerformance(), gap.getUnit(), gap.isLowerIsBetter(),
                    gap.getBusinessResult(), gap.getMonthlyCost(), gap.getEvidence()));
        }
        reopened.replaceGaps(carried);
        reopened.moveTo(CaseStatus.EXAMINING_SOLUTIONS);
        entityManager.persist(reopened);
        return reopened;
    }

    private ReviewCase open(Employee employee, String startedBy, ReviewCase previous, Map<String, String> durations) {
        Employee manager = employee.getManager();
        if (manager == null || manager.getUsername() == null) {
            throw InvalidInputException.of("employee",
                    employee.getFullName() + " has no manager with a GapFlow login to review them.");
        }
        ReviewCase reviewCase = new ReviewCase(employee, manager.getUsername(), startedBy, previous);
        entityManager.persist(reviewCase);
        entityManager.flush();
        Map<String, Object> variables = new HashMap<>(durations);
        variables.put(WorkflowContract.CASE_ID, reviewCase.getId());
        variables.put(WorkflowContract.EMPLOYEE_ID, employee.getId());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(
                PROCESS_KEY, reviewCase.getId().toString(), variables);
        reviewCase.linkProcessInstance(instance.getId());
        return reviewCase;
    }

    /**
     * Completes "Identify performance gaps": the gaps replace any saved before; none means the case
     * closes with that outcome.
     */
    public ReviewCase identifyGaps(Actor actor, String taskId, List<GapInput> gaps) {
        Task task = taskAccess.requireWorkable(taskId, actor, IDENTIFY_GAPS);
        ReviewCase reviewCase = cases.of(task);
        validate(gaps);
        reviewCase.replaceGaps(gaps.stream().map(GapInput::toGap).toList());
        reviewCase.moveTo(gaps.isEmpty() ? CaseStatus.CLOSED_NO_GAP : CaseStatus.EXAMINING_SOLUTIONS);
        entityManager.flush();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReviewContract.GAP_FOUND, !gaps.isEmpty());
        if (!gaps.isEmpty()) {
            variables.put(ReviewContract.GAP_ID, reviewCase.getGaps().get(0).getId());
        }
        taskAccess.complete(task, actor, variables);
        return reviewCase;
    }

    private static void requireIsoDuration(String name, String value) {
        try {
            javax.xml.datatype.DatatypeFactory.newInstance().newDuration(value);
        } catch (IllegalArgumentException | NullPointerException | javax.xml.datatype.DatatypeConfigurationException e) {
            throw InvalidInputException.of(name, "Enter a duration such as P5D or PT4H.");
        }
    }

    static void validate(List<GapInput> gaps) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        for (int i = 0; i < gaps.size(); i++) {
            GapInput gap = gaps.get(i);
            String prefix = "gaps[" + i + "].";
            problems.check(hasText(gap.title()), prefix + "title", "Name the gap.")
                    .check(gap.expectedStandard() != null, prefix + "expectedStandard", "Enter the expected standard.")
                    .check(gap.actualPerformance() != null, prefix + "actualPerformance", "Enter the actual performance.")
                    .check(hasText(gap.unit()), prefix + "unit", "Enter the unit of measure.")
                    .check(hasText(gap.businessResult()), prefix + "businessResult",
                            "Name the business result or KPI this gap affects.")
                    .check(gap.monthlyCost() != null && gap.monthlyCost().signum() >= 0, prefix + "monthlyCost",
                            "Enter the monthly cost of the gap (0 or more).")
                    .fits(gap.title(), PerformanceGap.TITLE_LENGTH, prefix + "title")
                    .fits(gap.unit(), PerformanceGap.UNIT_LENGTH, prefix + "unit")
                    .fits(gap.businessResult(), PerformanceGap.BUSINESS_RESULT_LENGTH, prefix + "businessResult")
                    .fits(gap.evidence(), PerformanceGap.EVIDENCE_LENGTH, prefix + "evidence");
            if (gap.expectedStandard() != null && gap.actualPerformance() != null) {
                BigDecimal shortfall = gap.lowerIsBetter()
                        ? gap.actualPerformance().subtract(gap.expectedStandard())
                        : gap.expectedStandard().subtract(gap.actualPerformance());
                problems.check(shortfall.signum() > 0, prefix + "actualPerformance",
                        "Actual performance meets the standard: that is not a gap.");
            }
        }
        problems.throwIfAny();
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
