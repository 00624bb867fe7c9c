package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.gapflow.workflow.ContractAllowList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus (src/test/resources/hostile, written by its generate.py): every expression site
 * the engine evaluates, each with reflection, class access, a static call and an undeclared method,
 * plus Java hooks and DMN in JUEL. Each must be refused at its element before anything evaluates it.
 * A model that passed the policies would go on to the engine, as the dry run does: here a bare
 * in-memory engine without GapFlow's guard, so a payload that slipped through would create its marker.
 */
@ExtendWith(ProcessEngineExtension.class)
class HostileModelsTest {

    ProcessEngine engine;

    @TempDir
    Path folder;

    private final List<String> deployments = new ArrayList<>();

    private ModelCheck check;
    private Path marker;

    @BeforeEach
    void checks() {
        check = new ModelCheck();
        check.xmlSafety = new XmlSafety();
        check.scriptPolicy = new ScriptPolicy();
        check.expressionPolicy = new ExpressionPolicy(new ContractAllowList());
        marker = folder.resolve("payload-ran");
    }

    @AfterEach
    void undeploy() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    @Test
    void everyHostileModelIsRefusedAtItsElementAndNothingRuns() throws IOException {
        List<Path> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(60);
        List<String> problems = new ArrayList<>();
        for (Path path : corpus) {
            ModelFile file = load(path);
            List<CheckMessage> found = check.withoutEvaluating(file);
            List<CheckMessage> errors = found.stream().filter(CheckMessage::isError).toList();
            if (errors.isEmpty()) {
                problems.add(file.name() + ": passed the policies");
                deployAsTheDryRunWould(file);
            } else if (errors.stream().noneMatch(m -> "Hostile".equals(m.elementId()))) {
                problems.add(file.name() + ": refused, but not at element Hostile: " + errors);
            }
            errors.stream().filter(m -> m.stage() != CheckMessage.Stage.SCRIPTS && m.stage() != CheckMessage.Stage.EXPRESSIONS)
                    .forEach(m -> problems.add(file.name() + ": refused by " + m.stage()));
        }
        assertThat(problems).isEmpty();
        assertThat(marker).as("the payloads' marker file").doesNotExist();
    }

    @Test
    void everyExpressionSiteMeetsEveryAttack() throws IOException {
        List<String> names = corpus().stream().map(p -> p.getFileName().toString()).toList();
        for (String attack : List.of("reflection", "class-access", "static-call", "undeclared-method")) {
            assertThat(names.stream().filter(n -> n.contains("--" + attack + ".")).count())
                    .as(attack).isGreaterThanOrEqualTo(40);
        }
        assertThat(names).contains("hook--message-event-class.bpmn", "hook--variable-mapping-class.bpmn",
                "hook--connector.bpmn", "dmn-input-expression--reflection.dmn", "dmn-output-entry--static-call.dmn");
    }

    /** Without the policies the payload is live: the marker assertion above could fail. */
    @Test
    void theSamePayloadRunsOnABareEngineWhenNothingChecksIt() throws IOException {
        ModelFile file = load(resource("timer-date--reflection.bpmn"));
        try {
            deployAsTheDryRunWould(file);
        } catch (RuntimeException expected) {
            // the engine then fails on the value (true is no date), after the payload ran
        }
        assertThat(marker).exists();
    }

    private void deployAsTheDryRunWould(ModelFile file) {
        try {
            Deployment deployment = engine.getRepositoryService().createDeployment().name("hostile")
                    .addInputStream(file.name(), new ByteArrayInputStream(file.content())).deploy();
            deployments.add(deployment.getId());
        } catch (RuntimeException ignored) {
            // refused or failed: what matters is whether the payload ran
        }
    }

    private ModelFile load(Path path) throws IOException {
        String xml = Files.readString(path).replace("MARKER", marker.toString());
        return new ModelFile(path.getFileName().toString(), xml.getBytes(StandardCharsets.UTF_8));
    }

    static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(resource("generate.py").getParent())) {
            return files.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")).sorted().toList();
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(HostileModelsTest.class.getResource("/hostile/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
