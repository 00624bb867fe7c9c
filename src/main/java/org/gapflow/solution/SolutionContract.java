package org.gapflow.solution;

import java.util.List;

import org.gapflow.workflow.ContractStep;
import org.gapflow.workflow.ContractVariable;
import org.gapflow.workflow.FeatureContract;

/**
 * The solution part of the process contract: the nine cause answers (inputs of solution-recommendation),
 * the chosen path, and the action plan's follow-up.
 */
public final class SolutionContract implements FeatureContract {

    public static final String ANALYSE_CAUSES = "AnalyseCauses";
    public static final String CHOOSE_SOLUTIONS = "ChooseSolutions";
    public static final String REVIEW_ACTION_PLAN = "ReviewActionPlan";

    public static final String EXPECTATIONS_CLEAR = "expectationsClear";
    public static final String FEEDBACK_GIVEN = "feedbackGiven";
    public static final String RESOURCES_ADEQUATE = "resourcesAdequate";
    public static final String CONSEQUENCES_RIGHT = "consequencesRight";
    public static final String COULD_DO_BEFORE = "couldDoBefore";
    public static final String SKILL_USED_OFTEN = "skillUsedOften";
    public static final String TASK_SIMPLIFIABLE = "taskSimplifiable";
    public static final String OBSTACLES_PRESENT = "obstaclesPresent";
    public static final String HAS_POTENTIAL = "hasPotential";
    /** The cause answers in the order the manager meets the questions. */
    public static final List<String> CAUSE_ANSWERS = List.of(EXPECTATIONS_CLEAR, FEEDBACK_GIVEN, RESOURCES_ADEQUATE,
            CONSEQUENCES_RIGHT, COULD_DO_BEFORE, SKILL_USED_OFTEN, TASK_SIMPLIFIABLE, OBSTACLES_PRESENT, HAS_POTENTIAL);

    public static final String RECOMMENDED_SOLUTIONS = "recommendedSolutions";
    public static final String SOLUTION_PATH = "solutionPath";
    public static final String FOLLOW_UP_DATE = "followUpDate";
    public static final String ACTION_PLAN_OUTCOME = "actionPlanOutcome";

    @Override
    public List<ContractStep> steps() {
        return List.of(
                new ContractStep(ANALYSE_CAUSES, "app:tasks/analyse-causes.xhtml", CAUSE_ANSWERS),
                ContractStep.of(CHOOSE_SOLUTIONS, "app:tasks/choose-solutions.xhtml", SOLUTION_PATH, FOLLOW_UP_DATE),
                ContractStep.of(REVIEW_ACTION_PLAN, "app:tasks/review-action-plan.xhtml", ACTION_PLAN_OUTCOME,
                        FOLLOW_UP_DATE));
    }

    @Override
    public List<ContractVariable> variables() {
        List<ContractVariable> variables = new java.util.ArrayList<>();
        CAUSE_ANSWERS.forEach(name -> variables.add(ContractVariable.of(name, Boolean.class)));
        variables.add(ContractVariable.decision(RECOMMENDED_SOLUTIONS, String.class));
        variables.add(ContractVariable.of(SOLUTION_PATH, String.class));
        // a Date when the manager chose one, else the model's default (an ISO-8601 string)
        variables.add(ContractVariable.of(FOLLOW_UP_DATE, java.util.Date.class));
        variables.add(ContractVariable.of(ACTION_PLAN_OUTCOME, String.class));
        for (String step : List.of("analyseCauses", "chooseSolutions", "reviewActionPlan")) {
            variables.add(ContractVariable.modelDefault(step + "Reminder"));
            variables.add(ContractVariable.modelDefault(step + "Due"));
        }
        return variables;
    }
}
