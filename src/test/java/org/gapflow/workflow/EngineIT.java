package org.gapflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gapflow.testing.GapFlowDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The embedded engine on the real server: deployment at start, one JTA transaction, jobs, CDI, identity. */
@ExtendWith(ArquillianExtension.class)
class EngineIT {

    @Deployment
    static WebArchive deployment() {
        return GapFlowDeployment.war(EngineIT.class, TransactionProbe.class, TransactionProbeAllowance.class);
    }

    @Inject
    RepositoryService repositoryService;
    @Inject
    RuntimeService runtimeService;
    @Inject
    TaskService taskService;
    @Inject
    HistoryService historyService;
    @Inject
    IdentityService identityService;
    @Inject
    TransactionProbe probe;

    @Test
    void deploysEveryModelOfTheProcessesFolder() throws IOException {
        List<String> expected;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("expected-processes.txt")) {
            expected = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(s -> !s.isBlank()).sorted().toList();
        }
        assertThat(expected).as("processes/ must hold the models").isNotEmpty();
        List<org.camunda.bpm.engine.repository.Deployment> deployments = repositoryService.createDeploymentQuery()
                .deploymentName(ProcessModelDeployer.DEPLOYMENT_NAME).list();
        List<String> deployedNames = deployments.stream()
                .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
                .map(Resource::getName).distinct().sorted().toList();
        assertThat(deployedNames).containsAll(expected);
        assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().count()
                + repositoryService.createDecisionDefinitionQuery().latestVersion().count())
                .isGreaterThanOrEqualTo(expected.size());
    }

    @Test
    void domainRowAndProcessStepCommitTogether() {
        Task task = startWaitingProcess();
        String team = "IT-commit-" + UUID.randomUUID();

        probe.persistAndComplete(team, task.getId(), false);

        assertThat(probe.teamsNamed(team)).isEqualTo(1);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).completed().count()).isEqualTo(1);
    }

    @Test
    void domainRowAndProcessStepRollBackTogether() {
        Task task = startWaitingProcess();
        String team = "IT-rollback-" + UUID.randomUUID();

        assertThatThrownBy(() -> probe.persistAndComplete(team, task.getId(), true))
                .hasMessage("request failed after both writes");

        assertThat(probe.teamsNamed(team)).isZero();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    @Test
    void jobExecutorRunsTimers() throws InterruptedException {
        BpmnModelInstance model = Bpmn.createExecutableProcess("it-timer")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent().timerWithDuration("PT1S")
                .serviceTask().camundaExpression("${transactionProbe.touch(execution)}")
                .endEvent()
                .done();
        repositoryService.createDeployment().name("it-timer").addModelInstance("it-timer.bpmn", model).deploy();

        ProcessInstance instance = runtimeService.startProcessInstanceByKey("it-timer");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline) && historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).completed().count() == 0) {
            Thread.sleep(250);
        }
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).completed().count())
                .as("the job executor fired the timer and the CDI bean ran").isEqualTo(1);
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("touchedBy").singleResult().getValue())
                .isEqualTo("transactionProbe");
    }

    @Test
    void engineSeesGapFlowPeopleAndRoles() {
        List<String> hr = identityService.createUserQuery().memberOfGroup("hr").list()
                .stream().map(User::getId).toList();
        assertThat(hr).contains("hana", "lena").doesNotContain("mark");
        List<String> lenasGroups = identityService.createGroupQuery().groupMember("lena").list()
                .stream().map(Group::getId).toList();
        assertThat(lenasGroups).containsExactlyInAnyOrder("hr", "hr-lead");
        User mark = identityService.createUserQuery().userId("mark").singleResult();
        assertThat(mark.getFirstName()).isEqualTo("Mark");
        assertThat(mark.getEmail()).isEqualTo("mark@gapflow.example");
    }

    private Task startWaitingProcess() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey("it-wait").count() == 0) {
            BpmnModelInstance model = Bpmn.createExecutableProcess("it-wait")
                    .camundaHistoryTimeToLive(1)
                    .startEvent().userTask("work").camundaCandidateGroups("hr").endEvent()
                    .done();
            repositoryService.createDeployment().name("it-wait").addModelInstance("it-wait.bpmn", model).deploy();
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("it-wait");
        return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }
}
