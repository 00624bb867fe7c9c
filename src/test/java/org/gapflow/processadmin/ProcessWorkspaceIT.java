package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gapflow.platform.NotAllowedException;
import org.gapflow.testing.Browserless;
import org.gapflow.testing.GapFlowDeployment;
import org.gapflow.workflow.Actor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The process owner workspace on the real server: checks, deploy, decision replay, migration,
 * rollback, the change log, and who may reach it.
 */
@ExtendWith(ArquillianExtension.class)
class ProcessWorkspaceIT {

    private static final Actor PAT = new Actor("pat", Set.of("process-owner"));
    private static final Actor MARK = new Actor("mark", Set.of("manager"));

    @Deployment
    static WebArchive deployment() {
        return GapFlowDeployment.war(ProcessWorkspaceIT.class, TestModels.class)
                .add(new StringAsset("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>form</body></html>"),
                        TestModels.FORM_PAGE);
    }

    @Inject
    ModelRollout rollout;
    @Inject
    ModelCheck modelCheck;
    @Inject
    ModelDrafts drafts;
    @Inject
    ModelChanges changes;
    @Inject
    ModelCatalogue catalogue;
    @Inject
    DecisionReplay replay;
    @Inject
    CaseMigration migration;
    @Inject
    RepositoryService repositoryService;
    @Inject
    RuntimeService runtimeService;
    @Inject
    TaskService taskService;
    @Inject
    HistoryService historyService;
    @Inject
    DecisionService decisionService;

    @ArquillianResource
    URL base;

    private static String key(String what) {
        return "it-ws-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void validRevisionDeploysAsNextVersionNewCasesFollowItOldCasesFinishOnTheirs() {
        String key = key("revise");
        List<DeployedVersion> first = rollout.deploy(PAT, TestModels.file(key + ".bpmn", TestModels.review(key)),
                "first version");
        assertThat(first).singleElement().satisfies(v -> assertThat(v.version()).isEqualTo(1));
        ProcessInstance oldCase = runtimeService.startProcessInstanceByKey(key);

        List<DeployedVersion> second = rollout.deploy(PAT,
                TestModels.file(key + ".bpmn", TestModels.reviewThenApprove(key)), "HR lead approves too");
        assertThat(second).singleElement().satisfies(v -> assertThat(v.version()).isEqualTo(2));
        ProcessInstance newCase = runtimeService.startProcessInstanceByKey(key);
        assertThat(newCase.getProcessDefinitionId()).isEqualTo(second.get(0).definitionId());

        completeTask(oldCase, "Review");
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(oldCase.getId())
                .singleResult()).satisfies(h -> {
                    assertThat(h.getEndTime()).as("the old case finished on version 1").isNotNull();
                    assertThat(h.getProcessDefinitionId()).isEqualTo(first.get(0).definitionId());
                });
        completeTask(newCase, "Review");
        assertThat(taskService.createTaskQuery().processInstanceId(newCase.getId()).singleResult().getTaskDefinitionKey())
                .as("the new case follows version 2").isEqualTo("Approve");

        ModelChange logged = changes.latest(50).stream()
                .filter(c -> second.get(0).definitionId().equals(definitionOf(c))).findFirst().orElseThrow();
        assertThat(logged.getKind()).isEqualTo(ModelChangeKind.DEPLOY);
        assertThat(logged.getActor()).isEqualTo("pat");
        assertThat(logged.getReason()).isEqualTo("HR lead approves too");
        assertThat(repositoryService.createDeploymentQuery().deploymentId(logged.getDeploymentId()).singleResult()
                .getName()).isEqualTo(ModelRollout.DEPLOYMENT_NAME);
        assertThat(catalogue.processVersions(PAT)).filteredOn(v -> v.key().equals(key))
                .extracting(DefinitionVersion::version, DefinitionVersion::deployedBy, DefinitionVersion::comment,
                        DefinitionVersion::latest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "pat", "HR lead approves too", true),
                        org.assertj.core.groups.Tuple.tuple(1, "pat", "first version", false));
    }

    @Test
    void everyKindOfHostileOrBrokenFileIsRefusedWithItsMessageAndNothingIsDeployed() {
        String key = key("hostile");
        String valid = Bpmn.convertToString(TestModels.review(key));
        String body = valid.substring(valid.indexOf("<definitions"));
        Map<String, ModelFile> files = new LinkedHashMap<>();
        files.put("check.file.externalEntity", TestModels.file(key + ".bpmn",
                "<?xml version=\"1.0\"?><!DOCTYPE definitions [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                        + body.replace("name=\"Review\"", "name=\"&secret;\"")));
        files.put("check.file.entityExpansion", TestModels.file(key + ".bpmn",
                "<?xml version=\"1.0\"?><!DOCTYPE definitions [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + body.replace("name=\"Review\"", "name=\"&c;\"")));
        files.put("check.file.tooLarge", TestModels.file(key + ".bpmn",
                valid.replace("<definitions", "<!-- " + "x".repeat(2 * 1024 * 1024) + " --><definitions")));
        files.put("check.file.notWellFormed", TestModels.file(key + ".bpmn", valid.replace("</definitions>", "")));
        files.put("check.file.wrongKind", TestModels.file(key + ".dmn", valid));
        files.put("check.scripts.scriptTask", TestModels.file(key + ".bpmn", Bpmn.convertToString(
                TestModels.process(key).startEvent("Start").name("Started")
                        .scriptTask("Script").name("Script").scriptFormat("javascript").scriptText("1 + 1")
                        .endEvent("End").name("Done").done())));
        files.put("check.scripts.camundaScript", TestModels.file(key + ".bpmn", valid.replace(
                "<userTask ", "<userTask ").replace("</userTask>",
                "<extensionElements><camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\">"
                        + "System.exit(0)</camunda:script></camunda:executionListener></extensionElements></userTask>")));
        files.put("check.scripts.language", TestModels.file(key + ".dmn",
                TestModels.routeDecision(key, 1000).replace("typeRef=\"integer\">", "typeRef=\"integer\" expressionLanguage=\"javascript\">")));
        files.put("check.engine.problem", TestModels.file(key + ".bpmn", timerWithoutTime(key)));
        files.put("check.expressions.unparsable", TestModels.file(key + ".bpmn", Bpmn.convertToString(
                TestModels.process(key).startEvent("Start").name("Started")
                        .exclusiveGateway("Choice").name("Which way?")
                        .condition("broken", "${amount >}").endEvent("End").name("Done")
                        .moveToNode("Choice").condition("other", "${true}").endEvent("Other").name("Other")
                        .done())));
        // a timer start event's date is evaluated on deploy: this one passes the policy, then fails in the engine
        files.put("check.engine.refused", TestModels.file(key + ".bpmn", Bpmn.convertToString(
                TestModels.process(key).startEvent("Start").name("Started").timerWithDate("${'no date'}")
                        .endEvent("End").name("Done").done())));
        java.nio.file.Path marker = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), key + "-payload-ran");
        files.put("check.expressions.method", TestModels.file(key + ".bpmn", Bpmn.convertToString(
                TestModels.process(key).startEvent("Start").name("Started").timerWithDate(
                        "${''.getClass().forName('java.io.File').getConstructor(''.getClass()).newInstance('"
                                + marker + "').createNewFile()}")
                        .endEvent("End").name("Done").done())));
        BpmnModelInstance unnamedStep = TestModels.review(key);
        unnamedStep.getModelElementById("Review").removeAttribute("name");
        files.put("check.lint.finding", TestModels.file(key + ".bpmn", unnamedStep));

        // every case is tried before anything is asserted, so one run reports all that fail
        List<String> problems = new java.util.ArrayList<>();
        long deploymentsBefore = repositoryService.createDeploymentQuery().count();
        files.forEach((expectedKey, file) -> {
            try {
                rollout.deploy(PAT, file, "should not deploy");
                problems.add(expectedKey + ": deployed");
            } catch (ModelRefusedException refused) {
                List<String> keys = refused.report().errors().stream().map(CheckMessage::key).toList();
                if (!keys.contains(expectedKey)) {
                    problems.add(expectedKey + ": refused with " + refused.report().errors());
                }
                refused.report().errors().stream().map(m -> m.text(java.util.Locale.ENGLISH))
                        .filter(text -> text.startsWith("check.")).forEach(text -> problems.add("no sentence: " + text));
            } catch (RuntimeException other) {
                problems.add(expectedKey + ": " + other);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(marker).as("the hostile timer's marker: nothing evaluated it").doesNotExist();
        assertThat(repositoryService.createDeploymentQuery().count()).as("deployments").isEqualTo(deploymentsBefore);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).count()).isZero();
    }

    @Test
    void engineFindingsPointAtTheElement() {
        String key = key("engine");
        CheckReport report = modelCheck.check(TestModels.file(key + ".bpmn", timerWithoutTime(key)));
        assertThat(report.passed()).isFalse();
        assertThat(report.errors()).anySatisfy(m -> {
            assertThat(m.stage()).isEqualTo(CheckMessage.Stage.ENGINE);
            assertThat(m.elementId()).isEqualTo("Wait");
        });
    }

    /** A timer with no time: the engine's parser refuses it and names the event. */
    private static String timerWithoutTime(String key) {
        BpmnModelInstance model = TestModels.process(key).startEvent("Start").name("Started")
                .intermediateCatchEvent("Wait").name("Wait").timerWithDuration("PT1H")
                .endEvent("End").name("Done").done();
        org.camunda.bpm.model.bpmn.instance.TimerEventDefinition timer =
                model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.TimerEventDefinition.class)
                        .iterator().next();
        timer.removeChildElement(timer.getTimeDuration());
        return Bpmn.convertToString(model);
    }

    @Test
    void theContractCatchesAMissingFormPageAnUnknownBeanAndAnUnknownGroup() {
        String key = key("contract");
        BpmnModelInstance model = TestModels.process(key).startEvent("Start").name("Started")
                .userTask("Decide").name("Decide").camundaFormKey("app:tasks/no-such-page.xhtml")
                .camundaCandidateGroups("wizards")
                .serviceTask("Notify").name("Notify").camundaDelegateExpression("${taskReminder}")
                .userTask("Late").name("Late").camundaFormKey(TestModels.FORM_KEY).camundaAssignee("${manager}")
                .camundaDueDate("P3X")
                .endEvent("End").name("Done")
                .done();
        ModelFile file = TestModels.file(key + ".bpmn", model);

        CheckReport report = modelCheck.check(file);

        assertThat(report.errors()).extracting(CheckMessage::key, CheckMessage::elementId)
                .contains(org.assertj.core.groups.Tuple.tuple("check.contract.formPageMissing", "Decide"),
                        org.assertj.core.groups.Tuple.tuple("check.contract.groupUnknown", "Decide"),
                        org.assertj.core.groups.Tuple.tuple("check.contract.durationInvalid", "Late"));
        assertThat(report.errors()).filteredOn(m -> m.key().equals("check.contract.groupUnknown"))
                .singleElement().satisfies(m -> assertThat(m.text(java.util.Locale.ENGLISH)).contains("wizards"));
        assertThatThrownBy(() -> rollout.deploy(PAT, file, "should not deploy"))
                .isInstanceOf(ModelRefusedException.class);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();

        // a bean nobody declared is refused before the engine or the contract see the model
        BpmnModelInstance unknownBean = TestModels.review(key);
        unknownBean.<org.camunda.bpm.model.bpmn.instance.UserTask>getModelElementById("Review")
                .builder().serviceTask("Notify").name("Notify").camundaDelegateExpression("${noSuchBean}")
                .endEvent("Notified").name("Notified");
        assertThat(modelCheck.check(TestModels.file(key + ".bpmn", unknownBean)).errors())
                .extracting(CheckMessage::key, CheckMessage::elementId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("check.expressions.name", "Notify"));
    }

    @Test
    void theShippedModelsPassEveryCheckIncludingTheContract() throws Exception {
        // what the build accepts (processes/) the workspace accepts: every page and bean the model names exists
        for (String name : List.of("performance-gap-to-training.bpmn", "approval-route.dmn", "solution-recommendation.dmn")) {
            byte[] content;
            try (var in = getClass().getClassLoader().getResourceAsStream("processes/" + name)) {
                content = in.readAllBytes();
            }
            CheckReport report = modelCheck.check(new ModelFile(name, content));
            assertThat(report.errors()).as(name).isEmpty();
            assertThat(report.messages()).as(name + ": bpmnlint ran on the server")
                    .noneSatisfy(m -> assertThat(m.key()).isEqualTo("check.lint.unavailable"));
        }
    }

    @Test
    void decisionReplayReportsTheOutcomesTheRevisionChanges() {
        String key = key("decision");
        rollout.deploy(PAT, TestModels.file(key + ".dmn", TestModels.routeDecision(key, 1000)), "route by total cost");
        for (int amount : new int[] {500, 800, 1500}) {
            decisionService.evaluateDecisionTableByKey(key, Variables.createVariables().putValue("totalCost", amount));
        }

        List<ReplayedEvaluation> replayed = replay.replay(PAT,
                TestModels.file(key + ".dmn", TestModels.routeDecision(key, 700)), key, 10);

        assertThat(replayed).hasSize(3);
        assertThat(replayed).filteredOn(ReplayedEvaluation::changed).singleElement().satisfies(r -> {
            assertThat(r.inputs()).containsEntry("totalCost", 800);
            assertThat(r.before()).containsExactly(Map.of("route", "hr"));
            assertThat(r.after()).containsExactly(Map.of("route", "hr-then-budget-holder"));
        });
        assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).count())
                .as("trying deploys nothing").isEqualTo(1);
    }

    @Test
    void replayingTheUnchangedShippedDecisionsChangesNoOutcomeAndShowsOnlyTheirInputs() throws Exception {
        String key = key("cases");
        repositoryService.createDeployment().name("it-replay").addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
                        .businessRuleTask("Route").camundaDecisionRef("approval-route")
                        .camundaResultVariable("approvalRoute").camundaMapDecisionResult("singleEntry")
                        .businessRuleTask("Recommend").camundaDecisionRef("recommended-solutions")
                        .camundaResultVariable("recommendedSolutions").camundaMapDecisionResult("singleEntry")
                        .userTask("Wait").endEvent().done()).deploy();
        // cost, forecast ratio, budget left before: one case for each rule, and two HR decides alone
        double[][] cases = {{1000, 2, 5000}, {3000, 2, 2000}, {6000, 3, 10000}, {800, -1, 5000}, {500, 0.5, 5000},
                {400, 1.5, 1000}};
        List<String> instances = new java.util.ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            var variables = Variables.createVariables()
                    .putValue("totalCost", cases[i][0]).putValue("remainingBudget", cases[i][2])
                    .putValue("benefitCostRatio", cases[i][1] < 0 ? null : cases[i][1])
                    .putValue("manager", "mark").putValue("approvalComments", "secret comment " + i);
            for (String answer : org.gapflow.solution.SolutionContract.CAUSE_ANSWERS) {
                variables.putValue(answer, (answer.hashCode() + i) % 3 == 0);
            }
            instances.add(runtimeService.startProcessInstanceByKey(key, variables).getId());
        }
        // what a variable holds later is not what the decision saw
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(5))));
        try {
            instances.forEach(id -> runtimeService.setVariable(id, "totalCost", 99_999.0));
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }

        List<ReplayedEvaluation> routes = replay.replay(PAT, shipped("approval-route.dmn"), "approval-route", cases.length);
        assertThat(routes).hasSize(cases.length);
        assertThat(routes).filteredOn(ReplayedEvaluation::changed).as("unchanged table, unchanged outcomes").isEmpty();
        assertThat(routes).allSatisfy(r -> assertThat(r.inputs()).containsOnlyKeys("totalCost", "benefitCostRatio",
                "remainingBudget"));
        assertThat(routes).extracting(r -> r.after().get(0).get("approvalRoute")).as("newest first")
                .containsExactly("hr", "hr-then-budget-holder", "hr-then-budget-holder", "hr-then-budget-holder",
                        "hr-then-budget-holder", "hr");
        assertThat(routes.get(5).inputs()).as("values when the case reached the decision")
                .containsEntry("totalCost", 1000.0).containsEntry("remainingBudget", 5000.0);
        assertThat(routes.toString()).doesNotContain("mark", "secret comment");

        for (String decision : List.of("solution-recommendation", "recommended-solutions")) {
            List<ReplayedEvaluation> recommendations = replay.replay(PAT, shipped("solution-recommendation.dmn"),
                    decision, cases.length);
            assertThat(recommendations).as(decision).hasSize(cases.length);
            assertThat(recommendations).as(decision).filteredOn(ReplayedEvaluation::changed).isEmpty();
            assertThat(recommendations.toString()).doesNotContain("mark", "secret comment");
        }
        assertThat(replay.replay(PAT, shipped("solution-recommendation.dmn"), "solution-recommendation", 1).get(0)
                .inputs()).containsOnlyKeys(org.gapflow.solution.SolutionContract.CAUSE_ANSWERS);

        // a revised table: budget left under 2,000 now goes to the budget holder, which only the 400-of-1,000 case is
        String revised = new String(shipped("approval-route.dmn").content(), StandardCharsets.UTF_8)
                .replace("<text>&lt; 0</text>", "<text>&lt; 2000</text>");
        List<ReplayedEvaluation> changed = replay.replay(PAT, TestModels.file("approval-route.dmn", revised),
                "approval-route", cases.length);
        assertThat(changed).filteredOn(ReplayedEvaluation::changed).singleElement()
                .satisfies(r -> assertThat(r.inputs()).containsEntry("totalCost", 400.0));
    }

    @Test
    void aDecisionReadingANameOutsideTheContractIsRefusedAndNotReplayed() {
        String key = key("foreign-input");
        String dmn = TestModels.routeDecision(key, 700).replace("<text>totalCost</text>", "<text>approvalComments</text>");
        ModelRefusedException refused = catchThrowableOfType(ModelRefusedException.class,
                () -> replay.replay(PAT, TestModels.file(key + ".dmn", dmn), key, 5));
        assertThat(refused.report().errors()).extracting(CheckMessage::key, CheckMessage::elementId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("check.contract.decisionInputPersonal", "CostInput"));
        String unknown = TestModels.routeDecision(key, 700).replace("<text>totalCost</text>", "<text>amount</text>");
        assertThat(modelCheck.check(TestModels.file(key + ".dmn", unknown)).errors()).extracting(CheckMessage::key)
                .containsExactly("check.contract.decisionInputUnknown");
    }

    private ModelFile shipped(String name) throws java.io.IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("processes/" + name)) {
            return new ModelFile(name, in.readAllBytes());
        }
    }

    @Test
    void migrationWithAValidPlanMovesTheCasesAndCarriesTheNewDurations() {
        String key = key("migrate");
        String v1 = rollout.deploy(PAT, TestModels.file(key + ".bpmn", TestModels.reviewWithDue(key, "P5D")), "v1")
                .get(0).definitionId();
        ProcessInstance first = runtimeService.startProcessInstanceByKey(key);
        ProcessInstance second = runtimeService.startProcessInstanceByKey(key);
        String v2 = rollout.deploy(PAT, TestModels.file(key + ".bpmn", TestModels.reviewWithDue(key, "P2D")),
                "shorter review").get(0).definitionId();

        MigrationPreview preview = migration.preview(PAT, v1, v2, List.of(first.getId(), second.getId()), true);
        assertThat(preview.valid()).isTrue();
        assertThat(preview.instructions()).extracting(MigrationPreview.Instruction::sourceActivityId).contains("Review");
        assertThat(preview.variablesToSet()).containsExactly(Map.entry("reviewDue", "P2D"));

        MigrationResult result = migration.migrate(PAT, v1, v2, List.of(first.getId(), second.getId()), true,
                "review due sooner");

        assertThat(result.batchId()).isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(v2).count()).isEqualTo(2);
        assertThat(runtimeService.getVariable(first.getId(), "reviewDue")).isEqualTo("P2D");
        assertThat(changes.latest(20)).anySatisfy(c -> {
            assertThat(c.getKind()).isEqualTo(ModelChangeKind.MIGRATE);
            assertThat(c.getSourceDefinitionId()).isEqualTo(v1);
            assertThat(c.getInstanceCount()).isEqualTo(2);
            assertThat(c.getReason()).isEqualTo("review due sooner");
        });
    }

    @Test
    void aPlanSomeCasesCannotFollowIsRefusedBeforeAnyCaseMoves() {
        String key = key("refuse");
        String v1 = rollout.deploy(PAT, TestModels.file(key + ".bpmn", TestModels.reviewThenApprove(key)), "v1")
                .get(0).definitionId();
        ProcessInstance atReview = runtimeService.startProcessInstanceByKey(key);
        ProcessInstance atApprove = runtimeService.startProcessInstanceByKey(key);
        completeTask(atApprove, "Review");
        String v2 = rollout.deploy(PAT, TestModels.file(key + ".bpmn", TestModels.reviewOnlyRenamedEnd(key)),
                "no second approval").get(0).definitionId();

        MigrationRefusedException refused = catchThrowableOfType(MigrationRefusedException.class,
                () -> migration.migrate(PAT, v1, v2, List.of(atReview.getId(), atApprove.getId()), false, "try"));

        assertThat(refused).isNotNull();
        assertThat(refused.preview().caseFailures()).containsOnlyKeys(atApprove.getId());
        assertThat(refused.preview().unmappedSteps()).anySatisfy(step -> {
            assertThat(step.activityId()).isEqualTo("Approve");
            assertThat(step.waitingCases()).isEqualTo(1);
        });
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(v1).count())
                .as("no case moved, not even the one that could").isEqualTo(2);
        assertThat(changes.latest(20)).noneSatisfy(c -> assertThat(c.getSourceDefinitionId()).isEqualTo(v1));
    }

    @Test
    void aLargeSelectionMigratesAsABatchWithProgress() throws InterruptedException {
        String key = key("batch");
        String v1 = rollout.deploy(PAT, TestModels.file(key + ".bpmn", TestModels.review(key)), "v1")
                .get(0).definitionId();
        List<String> cases = List.of(runtimeService.startProcessInstanceByKey(key).getId(),
                runtimeService.startProcessInstanceByKey(key).getId());
        String v2 = rollout.deploy(PAT, TestModels.file(key + ".bpmn", TestModels.reviewThenApprove(key)), "v2")
                .get(0).definitionId();
        System.setProperty("gapflow.migration.sync-limit", "1");
        MigrationResult result;
        try {
            result = migration.migrate(PAT, v1, v2, cases, false, "two cases as a batch");
        } finally {
            System.clearProperty("gapflow.migration.sync-limit");
        }
        assertThat(result.batchId()).isNotNull();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        BatchProgress progress = migration.progress(PAT, result.batchId());
        while (!progress.finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            progress = migration.progress(PAT, result.batchId());
        }
        assertThat(progress.finished()).as("the job executor ran the batch").isTrue();
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(v2).count()).isEqualTo(2);
    }

    @Test
    void rollbackRedeploysAnEarlierVersionAsTheNewest() {
        String key = key("rollback");
        DeployedVersion v1 = rollout.deploy(PAT, TestModels.file(key + ".bpmn", TestModels.review(key)), "v1").get(0);
        rollout.deploy(PAT, TestModels.file(key + ".bpmn", TestModels.reviewThenApprove(key)), "v2");

        DeployedVersion v3 = rollout.rollBack(PAT, v1.definitionId(), "approval step confused HR").get(0);

        assertThat(v3.version()).isEqualTo(3);
        assertThat(catalogue.source(PAT, v3.definitionId())).isEqualTo(catalogue.source(PAT, v1.definitionId()));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(key);
        assertThat(instance.getProcessDefinitionId()).isEqualTo(v3.definitionId());
        assertThat(changes.latest(20)).anySatisfy(c -> {
            assertThat(c.getKind()).isEqualTo(ModelChangeKind.ROLLBACK);
            assertThat(c.getSourceDefinitionId()).isEqualTo(v1.definitionId());
            assertThat(c.getReason()).isEqualTo("approval step confused HR");
        });
    }

    @Test
    void draftsAreSavedListedAndDeleted() {
        String key = key("draft");
        ModelDraft draft = drafts.save(PAT, null, TestModels.file(key + ".bpmn", TestModels.review(key)), null, "wip");
        drafts.save(PAT, draft.getId(), TestModels.file(key + ".bpmn", TestModels.reviewThenApprove(key)), null, "more");
        assertThat(drafts.list(PAT)).anySatisfy(d -> {
            assertThat(d.getId()).isEqualTo(draft.getId());
            assertThat(d.getContent()).contains("Approve");
            assertThat(d.getNote()).isEqualTo("more");
        });
        drafts.delete(PAT, draft.getId());
        assertThat(drafts.list(PAT)).noneSatisfy(d -> assertThat(d.getId()).isEqualTo(draft.getId()));
    }

    @Test
    void servicesRefuseAnyoneButProcessOwners() {
        String key = key("denied");
        assertThatThrownBy(() -> rollout.deploy(MARK, TestModels.file(key + ".bpmn", TestModels.review(key)), "x"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> catalogue.processVersions(MARK)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> drafts.list(new Actor("adam", Set.of("admin")))).isInstanceOf(NotAllowedException.class);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    }

    @Test
    @RunAsClient
    void onlyProcessOwnersReachThePages() throws Exception {
        Browserless mark = new Browserless(base);
        mark.login("mark", "gapflow");
        assertThat(mark.get("app/processes/index.xhtml").statusCode()).isEqualTo(403);
        assertThat(mark.get("app/processes/source?definitionId=x").statusCode()).isEqualTo(403);
        assertThat(mark.get("app/processes/assets/gapflow-lint.js").statusCode()).isEqualTo(403);

        Browserless pat = new Browserless(base);
        pat.login("pat", "gapflow");
        HttpResponse<String> overview = pat.get("app/processes/index.xhtml");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("performance-gap-to-training");
        assertThat(pat.get("app/processes/assets/bpmn/camunda-platform-modeler.production.min.js").statusCode())
                .isEqualTo(200);
    }

    @Test
    @RunAsClient
    void modelSourceIsADownloadThatNoBrowserRunsInGapFlowsOrigin() throws Exception {
        Browserless pat = new Browserless(base);
        pat.login("pat", "gapflow");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("source\\?definitionId=([^\"&]+)")
                .matcher(pat.get("app/processes/index.xhtml").body());
        assertThat(link.find()).isTrue();
        HttpResponse<String> source = pat.get("app/processes/source?definitionId=" + link.group(1));
        assertThat(source.statusCode()).isEqualTo(200);
        assertThat(source.body()).contains("definitions");
        assertThat(source.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).startsWith("attachment; filename=\"").endsWith(".bpmn\"").doesNotContain("/"));
        assertThat(source.headers().allValues("Content-Security-Policy")).containsExactly("sandbox");
        assertThat(source.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void aDraftWithAForeignElementIsNotStored() {
        String xhtml = Bpmn.convertToString(TestModels.review(key("xhtml"))).replace("</userTask>",
                "<documentation><script xmlns=\"http://www.w3.org/1999/xhtml\">alert(1)</script></documentation></userTask>");
        int before = drafts.list(PAT).size();
        ModelRefusedException refused = catchThrowableOfType(ModelRefusedException.class,
                () -> drafts.save(PAT, null, TestModels.file("xhtml.bpmn", xhtml), null, null));
        assertThat(refused.report().errors()).extracting(CheckMessage::key).containsExactly("check.file.foreignElement");
        assertThat(drafts.list(PAT)).hasSize(before);
    }

    private void completeTask(ProcessInstance instance, String taskKey) {
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .singleResult().getId();
        taskService.complete(taskId);
    }

    private String definitionOf(ModelChange change) {
        if (change.getDeploymentId() == null) {
            return null;
        }
        var definition = repositoryService.createProcessDefinitionQuery().deploymentId(change.getDeploymentId())
                .singleResult();
        return definition == null ? null : definition.getId();
    }
}
