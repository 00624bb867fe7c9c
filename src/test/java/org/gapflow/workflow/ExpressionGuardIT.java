package org.gapflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.gapflow.testing.GapFlowDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hostile expression that never met the model check: it sits in processes/ and is deployed at start.
 * On the real server the job executor runs it, and the guard refuses it: an incident, and no file.
 */
@ExtendWith(ArquillianExtension.class)
class ExpressionGuardIT {

    private static final String KEY = "hostile-guard";
    private static final String MARKER_RESOURCE = "hostile-guard-marker.txt";

    @Deployment
    static WebArchive deployment() {
        String marker = Path.of("target", "hostile-guard-ran").toAbsolutePath().toString();
        String payload = "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('"
                + marker + "').createNewFile()}";
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="HostileDefinitions"
                             targetNamespace="urn:gapflow:it">
                  <process id="%s" name="Hostile" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="Start"/>
                    <sequenceFlow id="ToHostile" sourceRef="Start" targetRef="Hostile"/>
                    <serviceTask id="Hostile" name="Hostile" camunda:asyncBefore="true" camunda:expression="%s">
                      <extensionElements><camunda:failedJobRetryTimeCycle>R1/PT10M</camunda:failedJobRetryTimeCycle></extensionElements>
                    </serviceTask>
                    <sequenceFlow id="ToEnd" sourceRef="Hostile" targetRef="End"/>
                    <endEvent id="End"/>
                  </process>
                </definitions>
                """.formatted(KEY, payload);
        return GapFlowDeployment.war(ExpressionGuardIT.class)
                .addAsWebInfResource(new StringAsset(model), "classes/processes/zz-hostile-guard.bpmn")
                .addAsWebInfResource(new StringAsset(marker), "classes/" + MARKER_RESOURCE);
    }

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Test
    void aHostileModelFromTheProcessesFolderEndsInAnIncidentAndRunsNothing() throws Exception {
        Path marker = Path.of(markerPath());
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult();
        assertThat(definition).as("deployed from processes/ at start").isNotNull();
        assertThat(repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult()
                .getName()).isEqualTo(ProcessModelDeployer.DEPLOYMENT_NAME);

        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY);
        try {
            Incident incident = awaitIncident(instance.getId());
            assertThat(incident).as("the job executor ran the step and the guard made it an incident").isNotNull();
            assertThat(incident.getActivityId()).isEqualTo("Hostile");
            assertThat(incident.getIncidentMessage()).contains("Expression refused by GapFlow's expression guard")
                    .contains("getClass");
            assertThat(marker).as("the payload's marker").doesNotExist();
        } finally {
            // leave no hostile definition for the test classes that share this server's database
            repositoryService.deleteProcessDefinition(definition.getId(), true);
            Files.deleteIfExists(marker);
        }
    }

    private Incident awaitIncident(String processInstanceId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Incident incident = runtimeService.createIncidentQuery().processInstanceId(processInstanceId).singleResult();
            if (incident != null) {
                return incident;
            }
            Thread.sleep(250);
        }
        return null;
    }

    private static String markerPath() throws IOException {
        try (InputStream in = ExpressionGuardIT.class.getResourceAsStream("/" + MARKER_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
