package org.gapflow.solution;

/** The manager's yes or no to one solution, and why when it departs from the recommendation. */
public record SolutionDecision(SolutionCode solution, boolean chosen, String overrideReason) {
}
