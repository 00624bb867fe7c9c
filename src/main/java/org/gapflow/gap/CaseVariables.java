package org.gapflow.gap;

/** Names of the process variables of a review case, as processes/README.md lists them. */
public final class CaseVariables {

    public static final String CASE_ID = "caseId";
    public static final String EMPLOYEE_ID = "employeeId";
    public static final String MANAGER = "manager";
    public static final String MANAGERS_MANAGER = "managersManager";
    public static final String GAP_FOUND = "gapFound";
    public static final String GAP_ID = "gapId";
    /** In a reopened cycle: the process instance id of the cycle it continues. */
    public static final String PREVIOUS_CASE_ID = "previousCaseId";

    private CaseVariables() {
    }
}
