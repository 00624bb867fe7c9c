package org.gapflow.training;

public enum SpecificationStatus {
    SUBMITTED,
    SENT_BACK,
    REJECTED,
    APPROVED,
    ENROLLED,
    EVALUATED
}
