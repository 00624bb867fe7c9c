package org.gapflow.training;

/** HR's or the budget holder's answer to a training request; the codes are the process's routing values. */
public enum ApprovalOutcome {
    APPROVED("approved"),
    REJECTED("rejected"),
    SENT_BACK("sent-back");

    private final String code;

    ApprovalOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean needsReason() {
        return this != APPROVED;
    }
}
