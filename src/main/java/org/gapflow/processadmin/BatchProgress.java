package org.gapflow.processadmin;

import java.util.List;

/** How far a batch migration has come; failures are listed per case as the engine reported them. */
public record BatchProgress(String batchId, int total, int completed, int failed, boolean finished,
                            List<String> failures) {

    public BatchProgress {
        failures = List.copyOf(failures);
    }

    public int percent() {
        return finished ? 100 : total == 0 ? 0 : Math.min(99, completed * 100 / total);
    }

    public int getPercent() {
        return percent();
    }
}
