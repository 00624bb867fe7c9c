package org.gapflow.processadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.ServletContext;

import org.gapflow.platform.Settings;

/**
 * bpmnlint (recommended rules + Camunda 7.24 compatibility, as the build lints processes/) on the
 * server. The build bundles bpmnlint and the rules into one script inside the WAR
 * (WEB-INF/lint/gapflow-lint.cjs, src/main/frontend/build-web.mjs) and Node runs it: nothing is fetched
 * at run time. The editor runs the same bundle in the browser as the user edits. Where the server has
 * no Node ({@code gapflow.node}, default {@code node} on the PATH) the check says so and the engine and
 * contract checks still decide. Each run has a time limit ({@code gapflow.lint.seconds}, default 30)
 * and a heap limit ({@code gapflow.lint.heap-mb}, default 128: a 2 MB model needs about that), and at most two run at once.
 */
@ApplicationScoped
public class ModelLint {

    static final String SCRIPT = "/WEB-INF/lint/gapflow-lint.cjs";
    private static final Logger LOG = Logger.getLogger(ModelLint.class.getName());
    private static final int RUNS = 2;

    @Inject
    ServletContext servletContext;

    private volatile Path script;

    private final Semaphore runs = new Semaphore(RUNS);

    public List<CheckMessage> check(ModelFile file) {
        Path bundle = script();
        if (bundle == null) {
            return List.of(CheckMessage.notice(CheckMessage.Stage.LINT, null, "check.lint.unavailable", "bundle missing"));
        }
        Duration limit = Duration.ofSeconds(Integer.parseInt(Settings.get("gapflow.lint.seconds", "30")));
        int heapMb = Integer.parseInt(Settings.get("gapflow.lint.heap-mb", "128"));
        try {
            // at most RUNS Node processes at once, whoever asks: each may take its heap limit
            if (!runs.tryAcquire(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                return List.of(CheckMessage.error(CheckMessage.Stage.LINT, null, "check.lint.failed", "server busy"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(CheckMessage.error(CheckMessage.Stage.LINT, null, "check.lint.failed", "interrupted"));
        }
        NodeRun.Outcome outcome;
        try {
            outcome = NodeRun.run(Settings.get("gapflow.node", "node"), heapMb, limit, file.content(), bundle.toString());
        } catch (IOException e) {
            return List.of(CheckMessage.notice(CheckMessage.Stage.LINT, null, "check.lint.unavailable", e.getMessage()));
        } finally {
            runs.release();
        }
        return switch (outcome.status()) {
            case DONE -> findings(outcome.output());
            case TIMED_OUT -> List.of(CheckMessage.error(CheckMessage.Stage.LINT, null, "check.lint.failed",
                    outcome.error()));
            case FAILED -> {
                LOG.warning(() -> "bpmnlint failed: " + outcome.error());
                yield List.of(CheckMessage.error(CheckMessage.Stage.LINT, null, "check.lint.failed", outcome.error()));
            }
        };
    }

    private static List<CheckMessage> findings(String json) {
        List<CheckMessage> found = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            for (JsonObject item : array.getValuesAs(JsonObject.class)) {
                CheckMessage.Severity severity = "warn".equals(item.getString("category", "error"))
                        ? CheckMessage.Severity.WARNING : CheckMessage.Severity.ERROR;
                found.add(new CheckMessage(severity, CheckMessage.Stage.LINT, item.getString("id", null),
                        "check.lint.finding", List.of(item.getString("rule", ""), item.getString("message", ""))));
            }
        }
        return found;
    }

    /** The bundle copied out of the WAR once: Node needs a file, and a WAR entry may not be one. */
    private Path script() {
        Path current = script;
        if (current != null && Files.exists(current)) {
            return current;
        }
        try (InputStream in = servletContext.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                return null;
            }
            Path copy = Files.createTempFile("gapflow-lint", ".cjs");
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            script = copy;
            return copy;
        } catch (IOException e) {
            LOG.warning(() -> "Cannot unpack the bpmnlint bundle: " + e.getMessage());
            return null;
        }
    }
}
