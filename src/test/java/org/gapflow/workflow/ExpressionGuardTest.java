package org.gapflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Named;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run-time wall on an engine built with GapFlow's expression manager: whatever a deployed model
 * says, a call outside the allow-list is refused before it runs, and in a job it becomes an incident.
 */
class ExpressionGuardTest {

    private static final String PAYLOAD =
            "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('MARKER').createNewFile()}";

    private static ProcessEngine engine;

    @TempDir
    Path folder;

    @BeforeAll
    static void engine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("expression-guard-test");
        configuration.setJdbcUrl("jdbc:h2:mem:expression-guard-test;DB_CLOSE_DELAY=1000");
        configuration.setJobExecutorActivate(false);
        // the probe bean travels as a variable here (there is no CDI container)
        configuration.setJavaSerializationFormatEnabled(true);
        // no bean is looked up by name here, so no bean manager is needed
        configuration.setExpressionManager(new CdiExpressionManager(null, new ProbeOnly()));
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private String payload() {
        return PAYLOAD.replace("MARKER", folder.resolve("payload-ran").toString());
    }

    private void deploy(BpmnModelInstance model) {
        engine.getRepositoryService().createDeployment().addModelInstance("guarded.bpmn", model).deploy();
    }

    @Test
    void aTimerExpressionEvaluatedOnDeployIsRefusedAndDoesNotRun() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("timer-on-deploy").camundaHistoryTimeToLive(1)
                .startEvent().timerWithDate(payload()).endEvent().done();
        assertThatThrownBy(() -> deploy(model)).hasStackTraceContaining("Expression refused by GapFlow's expression guard");
        assertThat(folder.resolve("payload-ran")).doesNotExist();
    }

    @Test
    void aRefusedCallInAJobBecomesAnIncidentWithItsCause() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("job").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("Hostile").camundaAsyncBefore().camundaExpression(payload())
                .camundaFailedJobRetryTimeCycle("R1/PT1M").endEvent().done();
        deploy(model);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("job");
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                .hasStackTraceContaining("calling getClass on a value of type java.lang.String is not allowed");
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident).as("incident").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("Hostile");
        assertThat(incident.getIncidentMessage()).contains("Expression refused by GapFlow's expression guard");
        assertThat(folder.resolve("payload-ran")).doesNotExist();
    }

    @Test
    void declaredMembersAndMethodsStillWorkAndNothingElse() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("allowed").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Wait")
                .camundaInputParameter("instance", "${execution.processInstanceId}")
                .camundaInputParameter("answer", "${probe.answer()}")
                .endEvent().done();
        deploy(model);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("allowed",
                Variables.createVariables().putValueTyped("probe", Variables.objectValue(new Probe(), true).create()));
        String task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getExecutionId();
        Map<String, Object> local = engine.getRuntimeService().getVariablesLocal(task);
        assertThat(local).containsEntry("instance", instance.getId()).containsEntry("answer", 42);

        BpmnModelInstance undeclared = Bpmn.createExecutableProcess("undeclared").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Wait").camundaInputParameter("text", "${probe.toString()}").endEvent().done();
        deploy(undeclared);
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("undeclared",
                Variables.createVariables().putValueTyped("probe", Variables.objectValue(new Probe(), true).create())))
                .hasStackTraceContaining("calling toString on bean probe is not allowed");
        BpmnModelInstance member = Bpmn.createExecutableProcess("member").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Wait").camundaInputParameter("engine", "${execution.processEngineServices}")
                .endEvent().done();
        deploy(member);
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("member"))
                .hasStackTraceContaining("reading processEngineServices of");
    }

    @Test
    void aDecisionInJuelEvaluatedByTheEngineIsGuardedToo() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             id="d" name="d" namespace="urn:it">
                  <decision id="juel-decision" name="d" camunda:historyTimeToLive="1">
                    <decisionTable id="t">
                      <input id="i"><inputExpression id="e" typeRef="string" expressionLanguage="juel">
                        <text>PAYLOAD</text></inputExpression></input>
                      <output id="o" name="out" typeRef="string"/>
                      <rule id="r"><inputEntry id="ie"><text>-</text></inputEntry><outputEntry id="oe"><text>"x"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.replace("PAYLOAD", payload()).strip();
        BpmnModelInstance process = Bpmn.createExecutableProcess("decides").camundaHistoryTimeToLive(1)
                .startEvent().businessRuleTask("Decide").camundaDecisionRef("juel-decision")
                .camundaResultVariable("out").camundaMapDecisionResult("singleEntry").endEvent().done();
        engine.getRepositoryService().createDeployment()
                .addString("juel.dmn", dmn).addModelInstance("decides.bpmn", process).deploy();
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("decides"))
                .hasStackTraceContaining("Expression refused by GapFlow's expression guard");
        assertThat(folder.resolve("payload-ran")).doesNotExist();
    }

    /** A bean as a feature declares it: one method a model may call. */
    @Named("probe")
    public static class Probe implements java.io.Serializable {
        public int answer() {
            return 42;
        }
    }

    private static final class ProbeOnly implements ExpressionAllowList {
        public boolean isVariable(String name) { return false; }
        public boolean isBean(String name) { return "probe".equals(name); }
        public boolean isBeanMethod(String bean, String method) { return "probe".equals(bean) && "answer".equals(method); }
        public boolean isExecutionMember(String member) { return "processInstanceId".equals(member); }
        public boolean isTaskMember(String member) { return false; }
    }
}
