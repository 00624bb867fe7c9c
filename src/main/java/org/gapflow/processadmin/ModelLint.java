package org.gapflow.processadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * contract checks still decide.
 */
@ApplicationScoped
public class ModelLint {

    static final String SCRIPT = "/WEB-INF/lint/gapflow-lint.cjs";
    private static final Logger LOG = Logger.getLogger(ModelLint.class.getName());
    private static final long TIMEOUT_SECONDS = 60;

    @Inject
    ServletContext servletContext;

    private volatile Path script;

    public List<CheckMessage> check(ModelFile file) {
        Path bundle = script();
        if (bundle == null) {
            return List.of(CheckMessage.notice(CheckMessage.Stage.LINT, null, "check.lint.unavailable", "bundle missing"));
        }
        Process node;
        try {
            node = new ProcessBuilder(Settings.get("gapflow.node", "node"), bundle.toString()).start();
        } catch (IOException e) {
            return List.of(CheckMessage.notice(CheckMessage.Stage.LINT, null, "check.lint.unavailable", e.getMessage()));
        }
        try {
            CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readAll(node.getInputStream()));
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(node.getErrorStream()));
            try (OutputStream in = node.getOutputStream()) {
                in.write(file.content());
            }
            if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                node.destroyForcibly();
                return List.of(CheckMessage.error(CheckMessage.Stage.LINT, null, "check.lint.failed", "timed out"));
            }
            if (node.exitValue() != 0) {
                String reason = new String(errors.get(), StandardCharsets.UTF_8);
                LOG.warning(() -> "bpmnlint failed: " + reason);
                return List.of(CheckMessage.error(CheckMessage.Stage.LINT, null, "check.lint.failed", firstLine(reason)));
            }
            return findings(new String(output.get(), StandardCharsets.UTF_8));
        } catch (IOException | java.util.concurrent.ExecutionException e) {
            return List.of(CheckMessage.error(CheckMessage.Stage.LINT, null, "check.lint.failed", e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            node.destroyForcibly();
            return List.of(CheckMessage.error(CheckMessage.Stage.LINT, null, "check.lint.failed", "interrupted"));
        }
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

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int end = trimmed.indexOf('\n');
        return end < 0 ? trimmed : trimmed.substring(0, end);
    }
}
