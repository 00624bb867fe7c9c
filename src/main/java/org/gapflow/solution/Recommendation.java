package org.gapflow.solution;

/** One solution the decision recommends, with the reason the table gives. */
public record Recommendation(SolutionCode solution, String reason) {
}
