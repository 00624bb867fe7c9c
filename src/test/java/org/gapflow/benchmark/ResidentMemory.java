package org.gapflow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server's resident set size as the kernel counts it (/proc/PID/status): heap, metaspace, code
 * cache, thread stacks and native memory together, which is what the 768 MiB target is about. With it,
 * what the JVM itself has committed for heap and non-heap, to tell which part grew.
 */
record ResidentMemory(long pid, long residentKiB, long peakKiB, long heapCommittedKiB, long nonHeapCommittedKiB) {

    static ResidentMemory ofThisProcess() {
        long pid = ProcessHandle.current().pid();
        MemoryMXBean jvm = ManagementFactory.getMemoryMXBean();
        long heap = jvm.getHeapMemoryUsage().getCommitted() / 1024;
        long nonHeap = jvm.getNonHeapMemoryUsage().getCommitted() / 1024;
        long resident = -1;
        long peak = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    resident = kibOf(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kibOf(line);
                }
            }
        } catch (IOException e) {
            // not Linux: the report says "unknown" rather than fail the throughput figures
        }
        return new ResidentMemory(pid, resident, peak, heap, nonHeap);
    }

    /** For example "745 MiB (peak 760 MiB; JVM committed: heap 420 MiB, non-heap 230 MiB)". */
    String describe() {
        return mib(residentKiB) + " (peak " + mib(peakKiB) + "; JVM committed: heap " + mib(heapCommittedKiB)
                + ", non-heap " + mib(nonHeapCommittedKiB) + ")";
    }

    private static long kibOf(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private static String mib(long kib) {
        return kib < 0 ? "unknown" : String.format("%.0f MiB", kib / 1024.0);
    }
}
