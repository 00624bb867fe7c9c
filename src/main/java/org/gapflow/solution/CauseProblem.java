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
    UNCLEAR_EXPECTATIONS("expectationsClear", false, CauseAnswers::expectationsClear),
    NO_FEEDBACK("feedbackGiven", false, CauseAnswers::feedbackGiven),
    INADEQUATE_RESOURCES("resourcesAdequate", false, CauseAnswers::resourcesAdequate),
    WRONG_CONSEQUENCES("consequencesRight", false, CauseAnswers::consequencesRight),
    NEVER_COULD_DO_IT("couldDoBefore", false, CauseAnswers::couldDoBefore),
    SKILL_RARELY_USED("skillUsedOften", false, CauseAnswers::skillUsedOften),
    TASK_TOO_COMPLEX("taskSimplifiable", true, CauseAnswers::taskSimplifiable),
    OBSTACLES("obstaclesPresent", true, CauseAnswers::obstaclesPresent),
    LACKS_POTENTIAL("hasPotential", false, CauseAnswers::hasPotential);

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
