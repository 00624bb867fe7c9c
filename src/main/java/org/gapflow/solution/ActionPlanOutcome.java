package org.gapflow.solution;

/** The manager's verdict at an action plan's follow-up; the codes are the process's routing values. */
public enum ActionPlanOutcome {
    RESOLVED("resolved"),
    CONTINUE("continue"),
    REEXAMINE("reexamine");

    private final String code;

    ActionPlanOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
