package org.gapflow.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.task.Task;
import org.gapflow.review.CaseStatus;
import org.gapflow.review.ReviewCase;
import org.gapflow.review.ReviewCases;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.workflow.Actor;
import org.gapflow.workflow.TaskAccess;

/** "Specify training": a new revision of the request, and the values that route its approval. */
@ApplicationScoped
@Transactional
public class TrainingService {

    public static final String SPECIFY_TRAINING = TrainingContract.SPECIFY_TRAINING;
    public static final List<String> FORMATS = List.of("classroom", "virtual-classroom", "e-learning", "coaching",
            "on-the-job", "blended");
    static final int MAX_BENEFIT_MONTHS = 36;

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    TaskAccess taskAccess;

    @Inject
    ReviewCases cases;

    @Inject
    TeamBudget budget;

    @Inject
    org.camunda.bpm.engine.TaskService taskService;

    public TrainingSpecification specify(Actor actor, String taskId, TrainingRequest request) {
        Task task = taskAccess.requireWorkable(taskId, actor, SPECIFY_TRAINING);
        ReviewCase reviewCase = cases.of(task);
        validate(request);
        int revision = specificationsOf(reviewCase).size() + 1;
        TrainingSpecification spec = new TrainingSpecification(reviewCase, revision, request);
        entityManager.persist(spec);
        entityManager.flush();
        reviewCase.moveTo(CaseStatus.AWAITING_APPROVAL);

        BigDecimal remaining = budget.available(reviewCase.getEmployee().getTeam());
        Map<String, Object> variables = new HashMap<>();
        variables.put(TrainingContract.TRAINING_SPECIFICATION_ID, spec.getId());
        variables.put(TrainingContract.TOTAL_COST, spec.totalCost().doubleValue());
        variables.put(TrainingContract.BENEFIT_COST_RATIO, spec.forecastBenefit().signum() == 0 ? null
                : spec.forecastBenefitCostRatio().doubleValue());
        variables.put(TrainingContract.REMAINING_BUDGET, remaining.doubleValue());
        variables.put(TrainingContract.TRAINING_END_DATE, Date.from(spec.getEndDate().atStartOfDay(ZoneId.systemDefault()).toInstant()));
        taskAccess.complete(task, actor, variables);
        return spec;
    }

    static void validate(TrainingRequest r) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        problems.check(hasText(r.objectiveBehaviour()), "objectiveBehaviour", "Say what the employee will do after the training.")
                .check(hasText(r.objectiveCondition()), "objectiveCondition", "Say under which conditions.")
                .check(hasText(r.objectiveCriterion()), "objectiveCriterion", "Say how well: the criterion of success.")
                .check(r.deliveryFormat() != null && FORMATS.contains(r.deliveryFormat()), "deliveryFormat", "Choose a format.")
                .check(hasText(r.provider()), "provider", "Name the provider.")
                .check(r.sessions() > 0, "sessions", "Enter the number of sessions (1 or more).")
                .check(r.startDate() != null, "startDate", "Enter the first day.")
                .check(r.endDate() != null, "endDate", "Enter the last day.")
                .check(r.expectedMonthlyBenefit() != null && r.expectedMonthlyBenefit().signum() >= 0,
                        "expectedMonthlyBenefit", "Enter the expected benefit per month (0 or more).")
                .check(r.benefitMonths() >= 1 && r.benefitMonths() <= MAX_BENEFIT_MONTHS, "benefitMonths",
                        "Count between 1 and 36 months of benefit.")
                .check(r.evaluationLevels() != null && r.evaluationLevels().matches("[1-4](,[1-4])*"),
                        "evaluationLevels", "Choose at least one Kirkpatrick level.")
                .check(!r.costLines().isEmpty(), "costLines", "Add at least one cost line.")
                .fits(r.objectiveBehaviour(), TrainingSpecification.OBJECTIVE_LENGTH, "objectiveBehaviour")
                .fits(r.objectiveCondition(), TrainingSpecification.OBJECTIVE_LENGTH, "objectiveCondition")
                .fits(r.objectiveCriterion(), TrainingSpecification.OBJECTIVE_LENGTH, "objectiveCriterion")
                .fits(r.provider(), TrainingSpecification.PROVIDER_LENGTH, "provider")
                .fits(r.evaluationTargets(), TrainingSpecification.EVALUATION_TARGETS_LENGTH, "evaluationTargets");
        if (r.startDate() != null && r.endDate() != null) {
            problems.check(!r.endDate().isBefore(r.startDate()), "endDate", "The last day cannot be before the first.")
                    .check(!r.startDate().isBefore(LocalDate.now()), "startDate", "The first day cannot be in the past.");
        }
        List<CostLine> lines = r.costLines();
        for (int i = 0; i < lines.size(); i++) {
            CostLine line = lines.get(i);
            problems.check(hasText(line.getDescription()), "costLines[" + i + "].description", "Describe the cost.")
                    .check(line.getAmount() != null && line.getAmount().signum() > 0, "costLines[" + i + "].amount",
                            "Enter an amount above 0.")
                    .fits(line.getDescription(), CostLine.DESCRIPTION_LENGTH, "costLines[" + i + "].description");
        }
        problems.throwIfAny();
    }

    public List<TrainingSpecification> specificationsOf(ReviewCase reviewCase) {
        // cost lines fetched with them: pages read them after the transaction
        return entityManager.createQuery(
                        "select distinct s from TrainingSpecification s left join fetch s.costLines "
                                + "where s.reviewCase = :c order by s.revision",
                        TrainingSpecification.class)
                .setParameter("c", reviewCase).getResultList();
    }

    /** The specification a task of the case works on (process variable trainingSpecificationId). */
    public TrainingSpecification specificationAt(Task task) {
        Object id = taskService.getVariable(task.getId(), TrainingContract.TRAINING_SPECIFICATION_ID);
        return requireSpecification(id == null ? null : ((Number) id).longValue());
    }

    /** The specification with its case, employee, team and cost lines loaded, for pages and notices. */
    public TrainingSpecification requireSpecification(Long id) {
        TrainingSpecification spec = null;
        if (id != null) {
            jakarta.persistence.EntityGraph<TrainingSpecification> graph =
                    entityManager.createEntityGraph(TrainingSpecification.class);
            graph.addAttributeNodes("costLines");
            graph.addSubgraph("reviewCase").addSubgraph("employee").addAttributeNodes("team");
            spec = entityManager.find(TrainingSpecification.class, id,
                    java.util.Map.of("jakarta.persistence.loadgraph", graph));
        }
        if (spec == null) {
            throw InvalidInputException.of("trainingSpecificationId", "There is no training specification " + id + ".");
        }
        return spec;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
