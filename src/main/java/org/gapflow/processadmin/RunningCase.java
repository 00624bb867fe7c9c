package org.gapflow.processadmin;

import java.util.List;

/** A running case of a process version, with the steps it waits in: what the migration page lists. */
public record RunningCase(String processInstanceId, String businessKey, List<String> activityIds) {

    public RunningCase {
        activityIds = List.copyOf(activityIds);
    }
}
