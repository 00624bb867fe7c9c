package org.gapflow.solution;

/** The cause-analysis questions, answered. Also the inputs of solution-recommendation.dmn. */
public record CauseAnswers(
        boolean expectationsClear,
        boolean feedbackGiven,
        boolean resourcesAdequate,
        boolean consequencesRight,
        boolean couldDoBefore,
        boolean skillUsedOften,
        boolean taskSimplifiable,
        boolean obstaclesPresent,
        boolean hasPotential,
        String notes) {
}
