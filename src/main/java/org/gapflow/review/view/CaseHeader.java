package org.gapflow.review.view;

import java.io.Serializable;
import java.time.Instant;

import org.gapflow.review.CaseStatus;

/** Who and what a case is about, where it stands, and the cycles before and after it. */
public record CaseHeader(
        Long caseId,
        String employeeName,
        String employeeNumber,
        String jobTitle,
        String teamName,
        String managerUsername,
        String managerName,
        CaseStatus status,
        Instant startedAt,
        String startedByName,
        Instant closedAt,
        Long previousCaseId,
        Long nextCaseId) implements Serializable {
}
