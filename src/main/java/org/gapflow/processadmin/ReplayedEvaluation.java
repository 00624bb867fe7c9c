package org.gapflow.processadmin;

import java.util.Date;
import java.util.List;
import java.util.Map;

/** One past evaluation of a decision, replayed against a revised table: what it gave then and would give now. */
public record ReplayedEvaluation(String decisionInstanceId, Date evaluatedAt, String processInstanceId,
                                 Map<String, Object> inputs, List<Map<String, Object>> before,
                                 List<Map<String, Object>> after, String error) {

    public boolean changed() {
        return error != null || !DecisionReplay.normalised(before).equals(DecisionReplay.normalised(after));
    }

    public boolean isChanged() {
        return changed();
    }
}
