package org.gapflow.casefile;

import java.io.Serializable;
import java.time.Instant;

import org.gapflow.gap.CaseStatus;

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
