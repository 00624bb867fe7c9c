package org.gapflow.solution;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.task.Task;
import org.gapflow.review.CaseStatus;
import org.gapflow.review.ReviewCase;
import org.gapflow.review.ReviewCases;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.workflow.Actor;
import org.gapflow.workflow.TaskAccess;

/** "Analyse causes", the recommendation, "Choose solutions" and "Review action plan". */
@ApplicationScoped
@Transactional
public class SolutionService {

    public static final String ANALYSE_CAUSES = SolutionContract.ANALYSE_CAUSES;
    public static final String CHOOSE_SOLUTIONS = SolutionContract.CHOOSE_SOLUTIONS;
    public static final String REVIEW_ACTION_PLAN = SolutionContract.REVIEW_ACTION_PLAN;
    static final String RECOMMENDATION_TABLE = "solution-recommendation";

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    TaskAccess taskAccess;

    @Inject
    ReviewCases cases;

    @Inject
    RuntimeService runtimeService;

    @Inject
    HistoryService historyService;

    public void analyseCauses(Actor actor, String taskId, CauseAnswers answers) {
        Task task = taskAccess.requireWorkable(taskId, actor, ANALYSE_CAUSES);
        new InvalidInputException.Collector().fits(answers.notes(), CauseAnalysis.NOTES_LENGTH, "notes").throwIfAny();
        ReviewCase reviewCase = cases.of(task);
        CauseAnalysis analysis = analysisOf(reviewCase);
        if (analysis == null) {
            entityManager.persist(new CauseAnalysis(reviewCase, answers));
        } else {
            analysis.update(answers);
        }
        reviewCase.moveTo(CaseStatus.EXAMINING_SOLUTIONS);
        Map<String, Object> variables = new HashMap<>();
        variables.put(SolutionContract.EXPECTATIONS_CLEAR, answers.expectationsClear());
        variables.put(SolutionContract.FEEDBACK_GIVEN, answers.feedbackGiven());
        variables.put(SolutionContract.RESOURCES_ADEQUATE, answers.resourcesAdequate());
        variables.put(SolutionContract.CONSEQUENCES_RIGHT, answers.consequencesRight());
        variables.put(SolutionContract.COULD_DO_BEFORE, answers.couldDoBefore());
        variables.put(SolutionContract.SKILL_USED_OFTEN, answers.skillUsedOften());
        variables.put(SolutionContract.TASK_SIMPLIFIABLE, answers.taskSimplifiable());
        variables.put(SolutionContract.OBSTACLES_PRESENT, answers.obstaclesPresent());
        variables.put(SolutionContract.HAS_POTENTIAL, answers.hasPotential());
        taskAccess.complete(task, actor, variables);
    }

    public CauseAnalysis analysisOf(ReviewCase reviewCase) {
        return entityManager.createQuery("select a from CauseAnalysis a where a.reviewCase = :c", CauseAnalysis.class)
                .setParameter("c", reviewCase).getResultStream().findFirst().orElse(null);
    }

    /** What the decision recommended for the case at this task, with each recommendation's reason. */
    public List<Recommendation> recommendations(Actor actor, String taskId) {
        Task task = taskAccess.requireWorkable(taskId, actor, CHOOSE_SOLUTIONS);
        return recommendationsFor(task.getProcessInstanceId());
    }

    List<Recommendation> recommendationsFor(String processInstanceId) {
        List<HistoricDecisionInstance> evaluations = historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(processInstanceId)
                .decisionDefinitionKey(RECOMMENDATION_TABLE)
                .includeOutputs()
                .orderByEvaluationTime().desc()
                .list();
        if (evaluations.isEmpty()) {
            return List.of();
        }
        // the latest evaluation: rows in table order, one recommendation per solution
        Map<String, Recommendation> bySolution = new LinkedHashMap<>();
        Map<Integer, String[]> rows = new LinkedHashMap<>();
        for (HistoricDecisionOutputInstance output : evaluations.get(0).getOutputs()) {
            String[] row = rows.computeIfAbsent(output.getRuleOrder(), k -> new String[2]);
            if ("solution".equals(output.getVariableName())) {
                row[0] = String.valueOf(output.getValue());
            } else if ("reason".equals(output.getVariableName())) {
                row[1] = String.valueOf(output.getValue());
            }
        }
        rows.values().forEach(row -> SolutionCode.byCode(row[0])
                .ifPresent(code -> bySolution.merge(row[0], new Recommendation(code, row[1]),
                        (a, b) -> new Recommendation(a.solution(), a.reason() + " " + b.reason()))));
        return new ArrayList<>(bySolution.values());
    }

    /**
     * Completes "Choose solutions". Departing from the recommendation (choosing what was not
     * recommended, or declining what was) needs a reason. Training takes the training path; otherwise
     * the chosen solutions become an action plan with a follow-up date.
     */
    public void chooseSolutions(Actor actor, String taskId, List<SolutionDecision> decisions,
                                String actionPlan, LocalDate followUp) {
        Task task = taskAccess.requireWorkable(taskId, actor, CHOOSE_SOLUTIONS);
        ReviewCase reviewCase = cases.of(task);
        List<Recommendation> recommended = recommendationsFor(task.getProcessInstanceId());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        boolean anyChosen = decisions.stream().anyMatch(SolutionDecision::chosen);
        problems.check(anyChosen, "solutions", "Choose at least one solution.");
        for (SolutionDecision decision : decisions) {
            boolean wasRecommended = recommended.stream().anyMatch(r -> r.solution() == decision.solution());
            problems.check(wasRecommended == decision.chosen() || hasText(decision.overrideReason()),
                    "override." + decision.solution().code(),
                    "Say why you depart from the recommendation here.")
                    .fits(decision.overrideReason(), SolutionChoice.OVERRIDE_REASON_LENGTH, "override." + decision.solution().code());
        }
        problems.fits(actionPlan, ActionPlan.DESCRIPTION_LENGTH, "actionPlan");
        boolean training = decisions.stream().anyMatch(d -> d.chosen() && d.solution() == SolutionCode.TRAINING);
        if (!training) {
            problems.check(hasText(actionPlan), "actionPlan", "Describe the action plan.")
                    .check(followUp != null && followUp.isAfter(LocalDate.now()), "followUpDate",
                            "Choose a follow-up date in the future.");
        }
        problems.throwIfAny();

        entityManager.createQuery("delete from SolutionChoice s where s.reviewCase = :c")
                .setParameter("c", reviewCase).executeUpdate();
        for (SolutionDecision decision : decisions) {
            String reason = recommended.stream().filter(r -> r.solution() == decision.solution())
                    .map(Recommendation::reason).findFirst().orElse(null);
            boolean wasRecommended = reason != null;
            entityManager.persist(new SolutionChoice(reviewCase, decision.solution(), wasRecommended,
                    decision.chosen(), reason, wasRecommended == decision.chosen() ? null : decision.overrideReason()));
        }
        Map<String, Object> variables = new HashMap<>();
        if (training) {
            reviewCase.moveTo(CaseStatus.TRAINING_SPECIFIED);
            variables.put(SolutionContract.SOLUTION_PATH, "training");
        } else {
            entityManager.persist(new ActionPlan(reviewCase, actionPlan.trim(), followUp));
            reviewCase.moveTo(CaseStatus.ACTION_PLAN);
            variables.put(SolutionContract.SOLUTION_PATH, "action-plan");
            variables.put(SolutionContract.FOLLOW_UP_DATE, toDate(followUp));
        }
        taskAccess.complete(task, actor, variables);
    }

    /** Completes "Review action plan": resolved closes the case, continue sets a new date, reexamine goes back. */
    public void reviewActionPlan(Actor actor, String taskId, ActionPlanOutcome outcome, String notes,
                                 LocalDate newFollowUp) {
        Task task = taskAccess.requireWorkable(taskId, actor, REVIEW_ACTION_PLAN);
        ReviewCase reviewCase = cases.of(task);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        problems.check(outcome != null, "outcome", "Say whether the gap is resolved.");
        if (outcome == ActionPlanOutcome.CONTINUE) {
            problems.check(newFollowUp != null && newFollowUp.isAfter(LocalDate.now()), "followUpDate",
                    "Choose a new follow-up date in the future.");
        }
        problems.fits(notes, ActionPlan.OUTCOME_LENGTH, "notes").throwIfAny();
        ActionPlan plan = entityManager.createQuery(
                        "select p from ActionPlan p where p.reviewCase = :c and p.completedAt is null order by p.id desc",
                        ActionPlan.class)
                .setParameter("c", reviewCase).getResultStream().findFirst().orElse(null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(SolutionContract.ACTION_PLAN_OUTCOME, outcome.code());
        switch (outcome) {
            case RESOLVED -> {
                if (plan != null) {
                    plan.complete(notes);
                }
                reviewCase.moveTo(CaseStatus.CLOSED_GAP_CLOSED);
            }
            case CONTINUE -> {
                if (plan != null) {
                    plan.complete(notes);
                    entityManager.persist(new ActionPlan(reviewCase, plan.getDescription(), newFollowUp));
                }
                variables.put(SolutionContract.FOLLOW_UP_DATE, toDate(newFollowUp));
            }
            case REEXAMINE -> {
                if (plan != null) {
                    plan.complete(notes);
                }
                reviewCase.moveTo(CaseStatus.EXAMINING_SOLUTIONS);
            }
        }
        taskAccess.complete(task, actor, variables);
    }

    public List<SolutionChoice> choicesOf(ReviewCase reviewCase) {
        return entityManager.createQuery("select s from SolutionChoice s where s.reviewCase = :c order by s.id",
                SolutionChoice.class).setParameter("c", reviewCase).getResultList();
    }

    public List<ActionPlan> plansOf(ReviewCase reviewCase) {
        return entityManager.createQuery("select p from ActionPlan p where p.reviewCase = :c order by p.id",
                ActionPlan.class).setParameter("c", reviewCase).getResultList();
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
