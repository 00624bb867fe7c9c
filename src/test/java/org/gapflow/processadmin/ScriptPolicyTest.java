package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scripts are refused wherever a model can carry them, unless the administrator allowed them. */
class ScriptPolicyTest {

    private final ScriptPolicy policy = new ScriptPolicy();

    @AfterEach
    void forgetTheSetting() {
        System.clearProperty(ScriptPolicy.SETTING);
    }

    private List<CheckMessage> check(String name, String xml) {
        ModelFile file = new ModelFile(name, xml.getBytes(StandardCharsets.UTF_8));
        XmlSafety.Result safety = new XmlSafety().check(file);
        assertThat(safety.safe()).isTrue();
        return policy.check(safety.document(), file.kind());
    }

    private static String scriptTaskModel() {
        return Bpmn.convertToString(TestModels.process("scripted").startEvent("Start").name("Started")
                .scriptTask("Compute").name("Compute").scriptFormat("groovy").scriptText("1")
                .endEvent("End").name("Done").done());
    }

    @Test
    void aModelWithoutScriptsPasses() {
        assertThat(check("a.bpmn", Bpmn.convertToString(TestModels.review("plain")))).isEmpty();
        assertThat(check("a.dmn", TestModels.routeDecision("route", 5))).isEmpty();
    }

    @Test
    void scriptTasksListenerScriptsAndScriptConditionsAreRefusedAtTheirElement() {
        assertThat(check("a.bpmn", scriptTaskModel()))
                .extracting(CheckMessage::key, CheckMessage::elementId)
                .contains(tuple("check.scripts.scriptTask", "Compute"));

        String listener = Bpmn.convertToString(TestModels.review("listened")).replace("</userTask>",
                "<extensionElements><camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"javascript\">x"
                        + "</camunda:script></camunda:taskListener></extensionElements></userTask>");
        assertThat(check("a.bpmn", listener)).extracting(CheckMessage::key, CheckMessage::elementId)
                .contains(tuple("check.scripts.camundaScript", "Review"));

        String condition = Bpmn.convertToString(TestModels.review("conditioned")).replaceFirst(
                "(<sequenceFlow [^>]*?)/>", "$1><conditionExpression language=\"python\">True</conditionExpression></sequenceFlow>");
        assertThat(check("a.bpmn", condition)).extracting(CheckMessage::key).contains("check.scripts.language");
    }

    @Test
    void decisionsInAScriptLanguageAreRefused() {
        String dmn = TestModels.routeDecision("route", 5)
                .replace("typeRef=\"integer\">", "typeRef=\"integer\" expressionLanguage=\"javascript\">");
        assertThat(check("a.dmn", dmn)).extracting(CheckMessage::key, CheckMessage::elementId)
                .containsExactly(tuple("check.scripts.language", "CostExpression"));
    }

    @Test
    void anAdministratorMayAllowScriptsAndTheyAreStillPointedOut() {
        System.setProperty(ScriptPolicy.SETTING, "true");
        assertThat(check("a.bpmn", scriptTaskModel())).isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(m.isError()).isFalse();
                    assertThat(m.key()).isEqualTo("check.scripts.allowedBySetting");
                });
    }
}
