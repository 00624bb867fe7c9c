package org.gapflow.cluster;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that keep starting cycles on one node while PostgreSQL restarts, and what each request met:
 * a cycle acknowledged, an error status, a refused connection or a request that hung.
 */
final class DatabaseRestartLoad {

    private record Outcome(long startedAt, long endedAt, String result) {
    }

    private final TwoNodeFaultDrill drill;
    private final ClusterNode node;
    private final String run;
    private final int clients;
    private final AtomicInteger next;
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final ExecutorService threads;
    private volatile boolean running = true;
    private volatile long restartedAt = Long.MAX_VALUE;

    DatabaseRestartLoad(TwoNodeFaultDrill drill, ClusterNode node, String run, int firstIndex, int clients) {
        this.drill = drill;
        this.node = node;
        this.run = run;
        this.clients = clients;
        this.next = new AtomicInteger(firstIndex);
        this.threads = Executors.newFixedThreadPool(clients);
    }

    void start() {
        for (int c = 0; c < clients; c++) {
            threads.submit(this::drive);
        }
    }

    private void drive() {
        while (running) {
            long started = System.nanoTime();
            String result;
            try {
                HttpResponse<String> response = drill.post(node, "/it/drill/cycle?run=" + run + "&index="
                        + next.getAndIncrement(), "");
                result = response.statusCode() == 200 ? "ok" : "HTTP " + response.statusCode();
            } catch (HttpTimeoutException e) {
                result = "hung";
            } catch (IOException e) {
                result = "connection: " + e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            outcomes.add(new Outcome(started, System.nanoTime(), result));
            if (!result.equals("ok")) {
                try {
                    Thread.sleep(200); // a user reads the error before trying again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    void markRestarted(long nanos) {
        restartedAt = nanos;
    }

    void stop() throws InterruptedException {
        running = false;
        threads.shutdown();
        threads.awaitTermination(3, TimeUnit.MINUTES);
    }

    long okAfterRestart() {
        return outcomes.stream().filter(o -> o.result.equals("ok") && o.startedAt > restartedAt).count();
    }

    long hungRequests() {
        return outcomes.stream().filter(o -> o.result.equals("hung")).count();
    }

    long acknowledged() {
        return outcomes.stream().filter(o -> o.result.equals("ok")).count();
    }

    List<String> summary() {
        Map<String, Integer> errors = new TreeMap<>();
        long slowestError = 0;
        long firstOkAfter = Long.MAX_VALUE;
        for (Outcome outcome : outcomes) {
            if (!outcome.result.equals("ok")) {
                errors.merge(outcome.result, 1, Integer::sum);
                slowestError = Math.max(slowestError, outcome.endedAt - outcome.startedAt);
            } else if (outcome.startedAt > restartedAt) {
                firstOkAfter = Math.min(firstOkAfter, outcome.endedAt);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("cycles acknowledged during the restart part: " + acknowledged() + ", after the restart "
                + okAfterRestart());
        lines.add("errors users met: " + (errors.isEmpty() ? "none" : errors) + String.format(
                "; slowest error answer %.1f s", slowestError / 1e9));
        lines.add(firstOkAfter == Long.MAX_VALUE ? "no cycle succeeded after the restart"
                : String.format("first cycle completed %.1f s after PostgreSQL was back", (firstOkAfter - restartedAt) / 1e9));
        return lines;
    }
}
