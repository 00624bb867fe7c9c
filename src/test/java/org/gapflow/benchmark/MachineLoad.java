package org.gapflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load averages and core count, printed with the figures: on a shared machine other
 * processes take CPU from the run, and a reader must be able to tell.
 */
final class MachineLoad {

    private MachineLoad() {
    }

    static String now() {
        String cores = Runtime.getRuntime().availableProcessors() + " cores";
        try {
            String[] averages = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return cores + ", load average " + averages[0] + " " + averages[1] + " " + averages[2] + " (1/5/15 min)";
        } catch (IOException e) {
            return cores + ", load average unknown";
        }
    }
}
