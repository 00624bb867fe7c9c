package org.gapflow.processadmin;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Small models for the workspace tests, built with the fluent API so each test states what it changes. */
final class TestModels {

    /** A page the test deployment adds, standing in for a step form. */
    static final String FORM_KEY = "app:tasks/it-review.xhtml";
    static final String FORM_PAGE = "app/tasks/it-review.xhtml";

    private TestModels() {
    }

    static ProcessBuilder process(String key) {
        return Bpmn.createExecutableProcess(key).name("IT " + key).camundaHistoryTimeToLive(30);
    }

    /** Start, one HR review step, end: the smallest model that keeps the contract. */
    static BpmnModelInstance review(String key) {
        return reviewStep(process(key).startEvent("Start").name("Started"))
                .endEvent("End").name("Done")
                .done();
    }

    /** The same with a second step (approve) after the review: a typical revision. */
    static BpmnModelInstance reviewThenApprove(String key) {
        return reviewStep(process(key).startEvent("Start").name("Started"))
                .userTask("Approve").name("Approve").camundaFormKey(FORM_KEY).camundaCandidateGroups("hr-lead")
                .endEvent("End").name("Done")
                .done();
    }

    /** A version that keeps Review but drops Approve (for the refused migration). */
    static BpmnModelInstance reviewOnlyRenamedEnd(String key) {
        return reviewStep(process(key).startEvent("Start").name("Started"))
                .endEvent("Finished").name("Finished")
                .done();
    }

    static UserTaskBuilder reviewStep(org.camunda.bpm.model.bpmn.builder.StartEventBuilder start) {
        return start.userTask("Review").name("Review").camundaFormKey(FORM_KEY).camundaCandidateGroups("hr");
    }

    /** Review with a due date from a process data default, which the processDataDefaults listener sets. */
    static BpmnModelInstance reviewWithDue(String key, String reviewDue) {
        BpmnModelInstance model = reviewStep(process(key).startEvent("Start").name("Started"))
                .camundaDueDate("${reviewDue}")
                .endEvent("End").name("Done")
                .done();
        declareDefault(model, key, "reviewDue", reviewDue);
        return model;
    }

    /** Review with a reminder (follow-up date and a non-interrupting timer) from the process data default. */
    static BpmnModelInstance reviewWithReminder(String key, String reviewReminder) {
        BpmnModelInstance model = reviewStep(process(key).startEvent("Start").name("Started"))
                .camundaFollowUpDate("${reviewReminder}")
                .boundaryEvent("Review_Reminder").name("Reminder due").cancelActivity(false)
                .timerWithDuration("${reviewReminder}")
                .endEvent("Reminded").name("Reminded")
                .moveToActivity("Review")
                .endEvent("End").name("Done")
                .done();
        declareDefault(model, key, "reviewReminder", reviewReminder);
        return model;
    }

    /** Declares process data (an extension property) and the start listener that copies it into each case. */
    static void declareDefault(BpmnModelInstance model, String key, String name, String value) {
        Process process = model.getModelElementById(key);
        ExtensionElements extensions = model.newInstance(ExtensionElements.class);
        process.setExtensionElements(extensions);
        CamundaProperties properties = model.newInstance(CamundaProperties.class);
        CamundaProperty property = model.newInstance(CamundaProperty.class);
        property.setCamundaName(name);
        property.setCamundaValue(value);
        properties.addChildElement(property);
        extensions.addChildElement(properties);
        CamundaExecutionListener defaults = model.newInstance(CamundaExecutionListener.class);
        defaults.setCamundaEvent("start");
        defaults.setCamundaDelegateExpression("${processDataDefaults}");
        extensions.addChildElement(defaults);
    }

    static ModelFile file(String name, BpmnModelInstance model) {
        return new ModelFile(name, Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }

    static ModelFile file(String name, String xml) {
        return new ModelFile(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A decision table: a total cost (a contract variable) below the threshold goes to HR alone, else HR
     * then the budget holder.
     */
    static String routeDecision(String key, int threshold) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                             xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             id="%1$s-definitions" name="IT route" namespace="urn:gapflow:it">
                  <decision id="%1$s" name="IT route" camunda:historyTimeToLive="30">
                    <decisionTable id="%1$s-table" hitPolicy="FIRST">
                      <input id="CostInput" label="Total cost">
                        <inputExpression id="CostExpression" typeRef="integer"><text>totalCost</text></inputExpression>
                      </input>
                      <output id="RouteOutput" name="route" typeRef="string"/>
                      <rule id="Small">
                        <inputEntry id="SmallEntry"><text>&lt; %2$d</text></inputEntry>
                        <outputEntry id="SmallRoute"><text>"hr"</text></outputEntry>
                      </rule>
                      <rule id="Large">
                        <inputEntry id="LargeEntry"><text>&gt;= %2$d</text></inputEntry>
                        <outputEntry id="LargeRoute"><text>"hr-then-budget-holder"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, threshold).strip();
    }
}
