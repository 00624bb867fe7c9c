package org.gapflow.review.view;

import java.io.Serializable;
import java.util.List;

/**
 * The process version a case runs on, as BPMN XML for the viewer, with the steps the case stands at now
 * (highlighted) and the steps it has passed.
 */
public record CaseDiagram(
        String definitionId,
        String definitionName,
        int version,
        String xml,
        List<String> currentActivityIds,
        List<String> currentActivityNames,
        List<String> passedActivityIds) implements Serializable {

    /** The ids separated by spaces, for a data attribute the page script reads. */
    public String getCurrent() {
        return String.join(" ", currentActivityIds);
    }

    public String getPassed() {
        return String.join(" ", passedActivityIds);
    }
}
