package org.gapflow.review;

import java.io.Serializable;
import java.time.Instant;

/** One case in a list of cases: who it is about, who manages it, where it stands. */
public record CaseListRow(
        Long caseId,
        String employeeName,
        String jobTitle,
        String teamName,
        String managerName,
        CaseStatus status,
        Instant startedAt,
        Instant closedAt) implements Serializable {

    public boolean isClosed() {
        return closedAt != null;
    }
}
