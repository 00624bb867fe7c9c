package org.gapflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * N cycles shared out to a fixed number of worker threads, each taking the next cycle when it has
 * finished one, as users submitting forms would; the wall-clock time of the whole run gives cycles/s.
 */
final class ThroughputRun {

    record Result(int cycles, int threads, long nanos, StepTimes steps) {

        double seconds() {
            return nanos / 1e9;
        }

        double cyclesPerSecond() {
            return cycles / seconds();
        }
    }

    private static final long REPORT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private ThroughputRun() {
    }

    /**
     * Cycle indexes run from {@code firstIndex}, so that runs one after another use fresh business keys.
     * {@code finished} hears how many cycles are done about every half minute: a run on a busy machine
     * takes minutes.
     */
    static Result run(CycleDriver driver, int firstIndex, int cycles, int threads, ThreadFactory threadFactory,
                      IntConsumer finished) throws InterruptedException {
        StepTimes times = new StepTimes();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicLong lastReport = new AtomicLong(System.nanoTime());
        List<String> instances = Collections.synchronizedList(new ArrayList<>());
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService workers = Executors.newFixedThreadPool(threads, threadFactory);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.execute(() -> {
                int i;
                while (failures.isEmpty() && (i = next.getAndIncrement()) < cycles) {
                    try {
                        instances.add(driver.run(firstIndex + i, times));
                        int count = done.incrementAndGet();
                        long last = lastReport.get();
                        long now = System.nanoTime();
                        if (now - last > REPORT_EVERY_NANOS && lastReport.compareAndSet(last, now)) {
                            finished.accept(count);
                        }
                    } catch (Exception e) {
                        failures.add(e);
                    }
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(2, TimeUnit.HOURS)) {
            workers.shutdownNow();
            throw new IllegalStateException("The run did not finish within two hours");
        }
        long nanos = System.nanoTime() - started;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("A cycle failed: " + failures.get(0), failures.get(0));
        }
        long ended = driver.countEnded(instances);
        if (ended != cycles) {
            throw new IllegalStateException(cycles + " cycles run but only " + ended + " process instances ended");
        }
        return new Result(cycles, threads, nanos, times);
    }
}
