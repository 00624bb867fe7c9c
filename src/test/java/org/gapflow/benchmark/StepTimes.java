package org.gapflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long each step of the cycle took, every time it ran, for the mean and the 95th percentile.
 * Steps keep the order in which they first ran, so the report reads like the cycle.
 */
final class StepTimes {

    /** A step's work; anything it throws fails the cycle. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private final Map<String, List<Long>> nanosByStep = new LinkedHashMap<>();

    <T> T time(String step, Work<T> work) throws Exception {
        long started = System.nanoTime();
        T result = work.run();
        record(step, System.nanoTime() - started);
        return result;
    }

    synchronized void record(String step, long nanos) {
        nanosByStep.computeIfAbsent(step, s -> new ArrayList<>()).add(nanos);
    }

    synchronized List<String> steps() {
        return List.copyOf(nanosByStep.keySet());
    }

    synchronized double meanMillis(String step) {
        return nanosByStep.get(step).stream().mapToLong(Long::longValue).average().orElse(0) / 1_000_000.0;
    }

    synchronized double p95Millis(String step) {
        List<Long> sorted = new ArrayList<>(nanosByStep.get(step));
        Collections.sort(sorted);
        int index = (int) Math.ceil(0.95 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1_000_000.0;
    }
}
