package org.gapflow.solution;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The causes the cause analysis can find, each by the answer that points to it: most questions point to
 * a cause when answered "no" (expectations not clear, no feedback), two when answered "yes" (the task
 * could be simpler, obstacles are present). {@code field} is the answer's attribute in
 * {@link CauseAnalysis}, for reports that count causes in the database.
 */
public enum CauseProblem {
    UNCLEAR_EXPECTATIONS(SolutionContract.EXPECTATIONS_CLEAR, false, CauseAnswers::expectationsClear),
    NO_FEEDBACK(SolutionContract.FEEDBACK_GIVEN, false, CauseAnswers::feedbackGiven),
    INADEQUATE_RESOURCES(SolutionContract.RESOURCES_ADEQUATE, false, CauseAnswers::resourcesAdequate),
    WRONG_CONSEQUENCES(SolutionContract.CONSEQUENCES_RIGHT, false, CauseAnswers::consequencesRight),
    NEVER_COULD_DO_IT(SolutionContract.COULD_DO_BEFORE, false, CauseAnswers::couldDoBefore),
    SKILL_RARELY_USED(SolutionContract.SKILL_USED_OFTEN, false, CauseAnswers::skillUsedOften),
    TASK_TOO_COMPLEX(SolutionContract.TASK_SIMPLIFIABLE, true, CauseAnswers::taskSimplifiable),
    OBSTACLES(SolutionContract.OBSTACLES_PRESENT, true, CauseAnswers::obstaclesPresent),
    LACKS_POTENTIAL(SolutionContract.HAS_POTENTIAL, false, CauseAnswers::hasPotential);

    private final String field;
    private final boolean problemAnswer;
    private final Predicate<CauseAnswers> answer;

    CauseProblem(String field, boolean problemAnswer, Predicate<CauseAnswers> answer) {
        this.field = field;
        this.problemAnswer = problemAnswer;
        this.answer = answer;
    }

    /** The question's name, as in the cause analysis page and the decision's inputs. */
    public String field() {
        return field;
    }

    /** The answer that points to this cause. */
    public boolean problemAnswer() {
        return problemAnswer;
    }

    public boolean answer(CauseAnswers answers) {
        return answer.test(answers);
    }

    public boolean foundIn(CauseAnswers answers) {
        return answer(answers) == problemAnswer;
    }

    /** Every cause the answers point to, in the order of the questions. */
    public static List<CauseProblem> allFoundIn(CauseAnswers answers) {
        return Arrays.stream(values()).filter(p -> p.foundIn(answers)).toList();
    }

    /** Kebab-case code for texts and exports: "unclear-expectations". */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
