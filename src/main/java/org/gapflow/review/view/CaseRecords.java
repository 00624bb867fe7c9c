package org.gapflow.review.view;

import java.util.List;

import org.gapflow.review.PerformanceGap;
import org.gapflow.solution.ActionPlan;
import org.gapflow.solution.CauseAnswers;
import org.gapflow.solution.CauseProblem;
import org.gapflow.solution.SolutionChoice;
import org.gapflow.training.Enrolment;
import org.gapflow.training.Evaluation;

/**
 * What was recorded at each step of one case, loaded with everything the page reads (the page renders
 * after the transaction): gaps, cause analysis, solutions, action plans, training request revisions with
 * their cost lines and decisions, enrolment, evaluation. Absent steps are null or empty.
 */
public record CaseRecords(
        List<PerformanceGap> gaps,
        CauseAnswers causes,
        List<SolutionChoice> solutions,
        List<ActionPlan> actionPlans,
        List<TrainingRequestRecord> trainingRequests,
        Enrolment enrolment,
        Evaluation evaluation) {

    public List<CauseProblem> causesFound() {
        return causes == null ? List.of() : CauseProblem.allFoundIn(causes);
    }
}
