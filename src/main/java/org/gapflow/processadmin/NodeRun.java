package org.gapflow.processadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * One run of Node with a time limit and a heap limit: a model crafted to make the linter loop or grow
 * costs the server at most that much, and the process is killed when the time is up.
 */
final class NodeRun {

    enum Status { DONE, FAILED, TIMED_OUT }

    /** What the run gave: its status, standard output, and the first line of its error output. */
    record Outcome(Status status, String output, String error) {
    }

    private NodeRun() {
    }

    /**
     * Runs {@code node --max-old-space-size=heapMb args...} with input on its standard input.
     *
     * @throws IOException when Node cannot be started
     */
    static Outcome run(String node, int heapMb, Duration limit, byte[] input, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(node, "--max-old-space-size=" + heapMb));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        try {
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            } catch (IOException e) {
                // Node stopped reading (it failed early): its exit status and error output tell why
            }
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return new Outcome(Status.TIMED_OUT, "", "took longer than " + limit.toSeconds() + " s");
            }
            String error = firstLine(new String(errors.get(), StandardCharsets.UTF_8));
            String out = new String(output.get(), StandardCharsets.UTF_8);
            return new Outcome(process.exitValue() == 0 ? Status.DONE : Status.FAILED, out, error);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new Outcome(Status.FAILED, "", "interrupted");
        } catch (ExecutionException e) {
            process.destroyForcibly();
            return new Outcome(Status.FAILED, "", String.valueOf(e.getCause()));
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The line that names the error (Node's fatal errors come after a GC trace), else the first one. */
    private static String firstLine(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.stream().filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("error")).findFirst()
                .orElse(lines.isEmpty() ? "" : lines.get(0));
    }
}
