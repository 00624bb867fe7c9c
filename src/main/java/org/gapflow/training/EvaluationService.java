package org.gapflow.training;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.task.Task;
import org.gapflow.review.CaseStatus;
import org.gapflow.review.PerformanceGap;
import org.gapflow.review.ReviewCase;
import org.gapflow.review.ReviewCases;
import org.gapflow.review.ReviewService;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.workflow.Actor;
import org.gapflow.workflow.TaskAccess;

/** "Evaluate results": the gap measured again, Kirkpatrick answers, the return after Phillips. */
@ApplicationScoped
@Transactional
public class EvaluationService {

    public static final String EVALUATE_RESULTS = TrainingContract.EVALUATE_RESULTS;

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    TaskAccess taskAccess;

    @Inject
    ReviewCases cases;

    @Inject
    TrainingService trainings;

    @Inject
    ReviewService reviews;

    /** The ROI the answers would give, for the form to show before the manager submits. */
    public RoiCalculation preview(Actor actor, String taskId, EvaluationAnswers answers) {
        Task task = taskAccess.requireWorkable(taskId, actor, EVALUATE_RESULTS);
        return calculation(cases.of(task), trainings.specificationAt(task), answers);
    }

    public Evaluation evaluate(Actor actor, String taskId, EvaluationAnswers answers) {
        Task task = taskAccess.requireWorkable(taskId, actor, EVALUATE_RESULTS);
        ReviewCase reviewCase = cases.of(task);
        TrainingSpecification spec = trainings.specificationAt(task);
        RoiCalculation roi = calculation(reviewCase, spec, answers);
        Evaluation evaluation = new Evaluation(reviewCase, spec, actor.userId(), answers, spec.totalCost(),
                roi.benefit(), roi.roiPercent().orElse(BigDecimal.ZERO), roi.benefitCostRatio().orElse(BigDecimal.ZERO));
        entityManager.persist(evaluation);
        entityManager.flush();
        spec.moveTo(SpecificationStatus.EVALUATED);
        reviewCase.moveTo(answers.gapClosed() ? CaseStatus.CLOSED_GAP_CLOSED : CaseStatus.CLOSED_REOPENED);
        if (!answers.gapClosed()) {
            reviews.prepareReopenedCase(reviewCase, answers.newMeasure());
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(TrainingContract.GAP_CLOSED, answers.gapClosed());
        variables.put(TrainingContract.EVALUATION_ID, evaluation.getId());
        taskAccess.complete(task, actor, variables);
        return evaluation;
    }

    RoiCalculation calculation(ReviewCase reviewCase, TrainingSpecification spec, EvaluationAnswers a) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        problems.check(a.newMeasure() != null, "newMeasure", "Enter the performance measured now.")
                .check(a.valuePerUnit() != null && a.valuePerUnit().signum() >= 0, "valuePerUnit",
                        "Enter the value of one unit of improvement (0 or more).")
                .check(a.monthsCounted() >= 1 && a.monthsCounted() <= 36, "monthsCounted", "Count between 1 and 36 months.")
                .check(isShare(a.attributionShare()), "attributionShare", "Enter a share between 0 and 100 %.")
                .check(isShare(a.confidence()), "confidence", "Enter a confidence between 0 and 100 %.")
                .check(a.l1Reaction() == null || (a.l1Reaction() >= 1 && a.l1Reaction() <= 5), "l1Reaction",
                        "Rate the reaction from 1 to 5.")
                .check(a.l2Learning() == null || (a.l2Learning() >= 0 && a.l2Learning() <= 100), "l2Learning",
                        "Enter the learning score from 0 to 100.")
                .fits(a.l3Behaviour(), Evaluation.ANSWER_LENGTH, "l3Behaviour")
                .fits(a.l4Results(), Evaluation.ANSWER_LENGTH, "l4Results");
        problems.throwIfAny();
        PerformanceGap gap = reviewCase.getGaps().stream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("gap", "This case has no gap to measure."));
        return new RoiCalculation(gap.getActualPerformance(), a.newMeasure(),
                gap.isLowerIsBetter() ? RoiCalculation.Direction.LOWER_IS_BETTER : RoiCalculation.Direction.HIGHER_IS_BETTER,
                a.valuePerUnit(), a.monthsCounted(), a.attributionShare(), a.confidence(), spec.totalCost());
    }

    private static boolean isShare(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
    }
}
