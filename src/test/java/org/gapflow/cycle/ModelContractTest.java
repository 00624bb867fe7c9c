package org.gapflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LinkEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped model keeps the rules of processes/README.md: every human step has its form, due date,
 * reminder and escalation from durations the model declares; every choice is named; no scripts; every
 * bean, form key and duration the model uses is documented.
 */
class ModelContractTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final BpmnModelInstance MODEL = Bpmn.readModelFromFile(
            PROCESSES.resolve("performance-gap-to-training.bpmn").toFile());
    private static final Pattern FORM_KEY = Pattern.compile("app:tasks/[a-z-]+\\.xhtml");
    /** Script tasks, script listeners or mappings, and script languages in DMN expressions. */
    private static final Pattern SCRIPT = Pattern.compile(
            "scriptTask|camunda:script|scriptFormat|expressionLanguage=\"(?!feel|juel)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPRESSION_NAME = Pattern.compile("\\$\\{(\\w+)}");

    static Stream<UserTask> humanSteps() {
        return MODEL.getModelElementsByType(UserTask.class).stream();
    }

    private static String readme() throws IOException {
        return Files.readString(PROCESSES.resolve("README.md"));
    }

    private static Set<String> declaredDefaults() {
        Process process = MODEL.getModelElementById(Cycle.PROCESS);
        return process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
                .singleResult().getCamundaProperties().stream()
                .map(CamundaProperty::getCamundaName)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String name(String expression) {
        Matcher matcher = EXPRESSION_NAME.matcher(expression == null ? "" : expression.trim());
        return matcher.matches() ? matcher.group(1) : null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("humanSteps")
    void everyHumanStepHasAFormADueDateAReminderAndAnEscalation(UserTask task) {
        assertThat(task.getCamundaFormKey()).matches(FORM_KEY);
        String due = name(task.getCamundaDueDate());
        String reminder = name(task.getCamundaFollowUpDate());
        assertThat(declaredDefaults()).contains(due, reminder);

        List<BoundaryEvent> timers = MODEL.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(b -> b.getAttachedTo() == task).toList();
        assertThat(timers).hasSize(2).allSatisfy(b -> assertThat(b.cancelActivity()).isFalse());
        assertThat(timers).extracting(ModelContractTest::timerVariable).containsExactlyInAnyOrder(reminder, due);

        boolean hrStep = task.getCamundaCandidateGroups() != null;
        String escalation = hrStep ? "Escalate to HR lead" : "Escalate to manager's manager";
        for (BoundaryEvent timer : timers) {
            String expected = timerVariable(timer).equals(due) ? escalation : "Send reminder";
            assertThat(linkReachedFrom(timer)).as(timer.getId()).isEqualTo(expected);
        }
        if (!hrStep) {
            assertThat(task.getCamundaAssignee()).isEqualTo("${manager}");
        }
    }

    private static String timerVariable(BoundaryEvent timer) {
        TimerEventDefinition definition = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
        return name(definition.getTimeDuration().getTextContent());
    }

    private static String linkReachedFrom(BoundaryEvent timer) {
        FlowNode next = timer.getOutgoing().iterator().next().getTarget();
        assertThat(next).isInstanceOf(IntermediateThrowEvent.class);
        return ((IntermediateThrowEvent) next).getEventDefinitions().stream()
                .filter(LinkEventDefinition.class::isInstance).map(d -> ((LinkEventDefinition) d).getName())
                .findFirst().orElseThrow();
    }

    @Test
    void everyChoiceAndEveryStepHasABusinessName() {
        for (Gateway gateway : MODEL.getModelElementsByType(Gateway.class)) {
            Collection<SequenceFlow> outgoing = gateway.getOutgoing();
            if (outgoing.size() > 1) {
                assertThat(gateway.getName()).as(gateway.getId()).isNotBlank();
                assertThat(outgoing).allSatisfy(flow -> {
                    assertThat(flow.getName()).as(flow.getId()).isNotBlank();
                    assertThat(flow.getConditionExpression()).as(flow.getId()).isNotNull();
                });
            }
        }
        MODEL.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> !(node instanceof Gateway))
                .forEach(node -> assertThat(node.getName()).as(node.getId()).isNotBlank());
    }

    @Test
    void theModelsCarryNoScripts() throws IOException {
        for (String file : List.of("performance-gap-to-training.bpmn", "solution-recommendation.dmn",
                "approval-route.dmn")) {
            String xml = Files.readString(PROCESSES.resolve(file));
            assertThat(SCRIPT.matcher(xml).find()).as(file + " holds a script").isFalse();
        }
    }

    @Test
    void everyBeanFormKeyAndDurationOfTheModelIsDocumented() throws IOException {
        String readme = readme();
        String xml = Files.readString(PROCESSES.resolve("performance-gap-to-training.bpmn"));
        Set<String> beans = new TreeSet<>();
        Matcher delegate = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(xml);
        while (delegate.find()) {
            beans.add(delegate.group(1));
        }

        assertThat(beans).containsExactlyInAnyOrder("processDataDefaults", "caseParticipants",
                "taskReminder", "taskEscalation", "trainingEnrolment");
        assertThat(beans).allSatisfy(bean -> assertThat(readme).contains("`" + bean + "`"));
        assertThat(humanSteps().map(UserTask::getCamundaFormKey))
                .allSatisfy(key -> assertThat(readme).contains("`" + key + "`"));
        assertThat(declaredDefaults()).allSatisfy(property -> assertThat(readme).contains("`" + property + "`"));
    }

    @Test
    void processAndDecisionsKeepTheirHistoryForAFixedTime() throws IOException {
        Process process = MODEL.getModelElementById(Cycle.PROCESS);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        for (String file : List.of("solution-recommendation.dmn", "approval-route.dmn")) {
            try (InputStream in = Files.newInputStream(PROCESSES.resolve(file))) {
                org.camunda.bpm.model.dmn.Dmn.readModelFromStream(in)
                        .getModelElementsByType(org.camunda.bpm.model.dmn.instance.Decision.class)
                        .forEach(d -> assertThat(d.getCamundaHistoryTimeToLiveString()).as(d.getId()).isNotBlank());
            }
        }
    }
}
