package org.gapflow.dashboard;

import java.util.Arrays;
import java.util.Optional;

/** The dashboard's tables that can be downloaded as CSV, by the name in the export address. */
public enum DashboardReport {
    PENDING_APPROVALS("pending-approvals"),
    TEAM_BUDGETS("team-budgets"),
    TRAININGS_IN_PROGRESS("trainings-in-progress"),
    EVALUATIONS("evaluations"),
    RETURN_BY_TEAM("return-by-team"),
    GAPS_BY_BUSINESS_RESULT("gaps-by-business-result"),
    GAPS_BY_CAUSE("gaps-by-cause"),
    GAPS_BY_TEAM("gaps-by-team");

    private final String code;

    DashboardReport(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DashboardReport> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
