package org.gapflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of processes/approval-route.dmn (hit policy FIRST), named by what it means, plus the edges
 * of its thresholds. A request starts cheap, well within budget and forecast to pay back twice over.
 */
class ApprovalRouteTest {

    private static final DecisionTableProbe DMN = new DecisionTableProbe(Cycle.ROUTE_DMN);
    private static final String TABLE = "approval-route";
    private static final String HR = "hr";
    private static final String BUDGET_HOLDER = "hr-then-budget-holder";

    record Case(String meaning, String rowId, Map<String, Object> request, String route) {
        @Override
        public String toString() {
            return meaning;
        }
    }

    private static Map<String, Object> request(Object... changes) {
        Map<String, Object> request = new HashMap<>();
        request.put("totalCost", 1_000.0);
        request.put("benefitCostRatio", 2.0);
        request.put("remainingBudget", 20_000.0);
        for (int i = 0; i < changes.length; i += 2) {
            request.put((String) changes[i], changes[i + 1]);
        }
        return request;
    }

    static Stream<Case> rows() {
        return Stream.of(
                new Case("team budget unknown: budget holder", "budget-unknown",
                        request("remainingBudget", null), BUDGET_HOLDER),
                new Case("costs more than the remaining budget: budget holder", "over-budget",
                        request("totalCost", 3_000.0, "remainingBudget", 2_999.0), BUDGET_HOLDER),
                new Case("above HR's limit of 5,000: budget holder", "above-hr-limit",
                        request("totalCost", 5_000.01), BUDGET_HOLDER),
                new Case("no benefit forecast: budget holder", "no-forecast",
                        request("benefitCostRatio", null), BUDGET_HOLDER),
                new Case("forecast benefit below cost: budget holder", "forecast-below-cost",
                        request("benefitCostRatio", 0.8), BUDGET_HOLDER),
                new Case("within budget and limit, pays back: HR alone", "within-hr-authority",
                        request(), HR));
    }

    static Stream<Case> thresholds() {
        return Stream.of(
                new Case("exactly HR's limit: HR alone", "within-hr-authority", request("totalCost", 5_000.0), HR),
                new Case("exactly the remaining budget: HR alone", "within-hr-authority",
                        request("totalCost", 3_000.0, "remainingBudget", 3_000.0), HR),
                new Case("benefit exactly equal to cost: HR alone", "within-hr-authority",
                        request("benefitCostRatio", 1.0), HR),
                new Case("over budget wins over a good forecast and a low cost", "over-budget",
                        request("totalCost", 500.0, "remainingBudget", 100.0, "benefitCostRatio", 9.0), BUDGET_HOLDER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRowRoutesTheRequest(Case row) {
        assertRoute(row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thresholds")
    void thresholdsAreInclusiveForHr(Case edge) {
        assertRoute(edge);
    }

    private static void assertRoute(Case c) {
        DecisionTableProbe.Outcome outcome = DMN.evaluate(TABLE, c.request());

        assertThat(outcome.matchedRows()).containsExactly(c.rowId());
        assertThat((Object) outcome.result().getSingleEntry()).isEqualTo(c.route());
    }

    @Test
    void everyRowOfTheTableHasItsCaseAbove() {
        assertThat(rows().map(Case::rowId)).containsExactlyInAnyOrderElementsOf(DMN.rowIds(TABLE));
    }
}
