package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gapflow.workflow.ContractAllowList;
import org.gapflow.workflow.ExpressionAllowList;
import org.junit.jupiter.api.Test;

/** The expression allow-list: what passes, what is refused, and that the refusal names the element. */
class ExpressionPolicyTest {

    private final ExpressionPolicy policy = new ExpressionPolicy(new ContractAllowList());

    private List<CheckMessage> check(ExpressionPolicy policy, String name, String xml) {
        ModelFile file = new ModelFile(name, xml.getBytes(StandardCharsets.UTF_8));
        XmlSafety.Result safety = new XmlSafety().check(file);
        assertThat(safety.safe()).isTrue();
        return policy.check(safety.document(), file.kind());
    }

    private List<CheckMessage> check(String name, String xml) {
        return check(policy, name, xml);
    }

    /** A review whose due date is the given expression (a process data default named reviewDue exists). */
    private static String dueDate(String expression) {
        BpmnModelInstance model = TestModels.reviewWithDue("due", "P3D");
        model.<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById("Review").setCamundaDueDate(expression);
        return Bpmn.convertToString(model);
    }

    @Test
    void theShippedModelsPass() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            List<Path> models = files.filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")).toList();
            assertThat(models).hasSizeGreaterThanOrEqualTo(3);
            for (Path model : models) {
                assertThat(check(model.getFileName().toString(), Files.readString(model))).as(model.toString()).isEmpty();
            }
        }
    }

    @Test
    void theLegitimateEditsOfTheWorkspaceTestsPass() {
        assertThat(check("a.bpmn", Bpmn.convertToString(TestModels.review("plain")))).isEmpty();
        assertThat(check("a.bpmn", Bpmn.convertToString(TestModels.reviewThenApprove("approve")))).isEmpty();
        assertThat(check("a.bpmn", Bpmn.convertToString(TestModels.reviewWithDue("due", "P3D")))).isEmpty();
        assertThat(check("a.bpmn", Bpmn.convertToString(TestModels.reviewWithReminder("reminder", "P1D")))).isEmpty();
        assertThat(check("a.dmn", TestModels.routeDecision("route", 5))).isEmpty();
    }

    @Test
    void literalsArithmeticComparisonLogicEmptyAndChoicePass() {
        assertThat(check("a.bpmn", dueDate(
                "${totalCost * 2 - remainingBudget / 4 >= 10 % 3 && !empty manager || gapFound == null"
                        + " ? 'P1D' : (approvalRoute ne 'hr' ? reviewDue : \"P5D\")}"))).isEmpty();
        assertThat(check("a.bpmn", dueDate("${execution.processInstanceId}"))).isEmpty();
    }

    @Test
    void aDeclaredMethodOfADeclaredBeanPassesAndNoOtherMethod() {
        ExpressionAllowList withMethod = ExpressionAllowList.anyOf(List.of(new ContractAllowList(), new OneMethod()));
        ExpressionPolicy declared = new ExpressionPolicy(withMethod);
        assertThat(check(declared, "a.bpmn", dueDate("${calendar.dueAfter(caseId, 3)}"))).isEmpty();
        assertThat(check(declared, "a.bpmn", dueDate("${calendar.getClass()}")))
                .extracting(CheckMessage::key, CheckMessage::args)
                .containsExactly(tuple("check.expressions.method", List.of("calendar", "getClass")));
    }

    @Test
    void everythingElseIsRefusedAtItsElementWithItsReason() {
        assertThat(refusal("${''.getClass().forName('java.lang.Runtime')}")).containsExactly("check.expressions.method");
        assertThat(refusal("${manager.class}")).containsExactly("check.expressions.member");
        assertThat(refusal("${manager.bytes}")).containsExactly("check.expressions.member");
        assertThat(refusal("${manager.concat('x')}")).containsExactly("check.expressions.method");
        assertThat(refusal("${java.lang.Runtime.getRuntime()}")).containsExactly("check.expressions.member");
        assertThat(refusal("${Runtime}")).containsExactly("check.expressions.name");
        assertThat(refusal("${taskReminder.execute(execution)}")).containsExactly("check.expressions.method");
        assertThat(refusal("${execution.getVariable('x')}")).containsExactly("check.expressions.method");
        assertThat(refusal("${execution.processEngineServices}")).containsExactly("check.expressions.member");
        assertThat(refusal("${manager['class']}")).containsExactly("check.expressions.index");
        assertThat(refusal("${now()}")).containsExactly("check.expressions.function");
        assertThat(refusal("${x -> x}")).containsExactly("check.expressions.unparsable");
        assertThat(refusal("${manager = 'x'}")).containsExactly("check.expressions.unparsable");
        assertThat(refusal("${amount >}")).containsExactly("check.expressions.unparsable");
    }

    @Test
    void aRefusalInsideATimerOrAConditionNamesTheEventOrTheFlowNotTheirParts() {
        String timer = Bpmn.convertToString(TestModels.reviewStep(TestModels.process("timer").startEvent("Start")
                .name("Started").timerWithDate("${''.getClass()}")).endEvent("End").name("Done").done());
        assertThat(check("a.bpmn", timer)).extracting(CheckMessage::elementId).containsExactly("Start");
        String condition = Bpmn.convertToString(TestModels.process("flow").startEvent("Start").name("Started")
                .exclusiveGateway("Choice").name("Which way?").condition("odd", "${manager.bytes}")
                .endEvent("End").name("Done").moveToNode("Choice").condition("even", "${true}")
                .endEvent("Other").name("Other").done());
        List<CheckMessage> found = check("a.bpmn", condition);
        assertThat(found).hasSize(1);
        org.camunda.bpm.model.bpmn.instance.SequenceFlow flow = Bpmn.readModelFromStream(
                new java.io.ByteArrayInputStream(condition.getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class).stream()
                .filter(f -> "odd".equals(f.getName())).findFirst().orElseThrow();
        assertThat(found.get(0).elementId()).isEqualTo(flow.getId());
    }

    private List<String> refusal(String expression) {
        List<CheckMessage> found = check("a.bpmn", dueDate(expression));
        assertThat(found).allSatisfy(m -> {
            assertThat(m.elementId()).isEqualTo("Review");
            assertThat(m.isError()).isTrue();
            assertThat(m.stage()).isEqualTo(CheckMessage.Stage.EXPRESSIONS);
        });
        return found.stream().map(CheckMessage::key).distinct().toList();
    }

    @Test
    void javaClassesAndConnectorsAreRefusedWhereverTheyAre() {
        String listener = Bpmn.convertToString(TestModels.review("hook")).replace("</userTask>",
                "<extensionElements><camunda:taskListener event=\"create\" class=\"com.example.Hook\"/></extensionElements></userTask>");
        assertThat(check("a.bpmn", listener)).extracting(CheckMessage::key, CheckMessage::elementId)
                .containsExactly(tuple("check.expressions.javaClass", "Review"));
        String mapping = Bpmn.convertToString(TestModels.review("mapping"))
                .replace("<userTask ", "<userTask camunda:variableMappingClass=\"com.example.Mapping\" ");
        assertThat(check("a.bpmn", mapping)).extracting(CheckMessage::key, CheckMessage::args)
                .containsExactly(tuple("check.expressions.javaClass", List.of("com.example.Mapping", "variableMappingClass")));
        String connector = Bpmn.convertToString(TestModels.review("connector")).replace("</userTask>",
                "<extensionElements><camunda:connector><camunda:connectorId>http</camunda:connectorId></camunda:connector>"
                        + "</extensionElements></userTask>");
        assertThat(check("a.bpmn", connector)).extracting(CheckMessage::key)
                .containsExactly("check.expressions.element", "check.expressions.element");
        String resource = Bpmn.convertToString(TestModels.review("resource")).replace("</userTask>",
                "<extensionElements><camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\""
                        + " resource=\"deployment://run.groovy\"/></camunda:executionListener></extensionElements></userTask>");
        assertThat(check("a.bpmn", resource)).extracting(CheckMessage::key, CheckMessage::elementId)
                .containsExactly(tuple("check.expressions.element", "Review"));
    }

    @Test
    void decisionsInJuelAreCheckedAndFeelIsLeftToTheFeelEngine() {
        String juelRoute = TestModels.routeDecision("route", 5)
                .replace("<text>totalCost</text>", "<text>${totalCost - remainingBudget}</text>")
                .replace("typeRef=\"integer\">", "typeRef=\"integer\" expressionLanguage=\"juel\">");
        assertThat(check("a.dmn", juelRoute)).isEmpty();
        String hostile = juelRoute.replace("${totalCost - remainingBudget}", "${totalCost.getClass()}");
        assertThat(check("a.dmn", hostile)).extracting(CheckMessage::key, CheckMessage::elementId)
                .containsExactly(tuple("check.expressions.method", "CostExpression"));
        String byDefault = TestModels.routeDecision("route", 5)
                .replace("namespace=\"urn:gapflow:it\"", "namespace=\"urn:gapflow:it\" expressionLanguage=\"juel\"")
                .replace("<text>\"hr\"</text>", "<text>${secret}</text>");
        assertThat(check("a.dmn", byDefault)).extracting(CheckMessage::key, CheckMessage::elementId)
                .containsExactly(tuple("check.expressions.name", "SmallRoute"));
    }

    @Test
    void everyRefusalReadsAsASentenceInEnglishAndFrench() {
        for (String key : List.of("unparsable", "name", "member", "method", "index", "function", "construct",
                "javaClass", "element")) {
            CheckMessage message = CheckMessage.error(CheckMessage.Stage.EXPRESSIONS, "X", "check.expressions." + key, "a", "b");
            String english = message.text(Locale.ENGLISH);
            String french = message.text(Locale.FRENCH);
            assertThat(english).doesNotStartWith("check.");
            assertThat(french).doesNotStartWith("check.").isNotEqualTo(english);
        }
    }

    /** A feature's declaration with one callable method, as the features will declare them. */
    private static final class OneMethod implements ExpressionAllowList {
        public boolean isVariable(String name) { return false; }
        public boolean isBean(String name) { return "calendar".equals(name); }
        public boolean isBeanMethod(String bean, String method) { return "calendar".equals(bean) && "dueAfter".equals(method); }
        public boolean isExecutionMember(String member) { return false; }
        public boolean isTaskMember(String member) { return false; }
    }

}
