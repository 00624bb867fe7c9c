package org.gapflow.review.view;

import java.util.List;

/** Everything the case view shows of one case. */
public record CaseFile(CaseHeader header, CaseRecords records, List<TimelineEntry> timeline, CaseDiagram diagram) {
}
