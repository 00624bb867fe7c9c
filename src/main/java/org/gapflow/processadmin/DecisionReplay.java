package org.gapflow.processadmin;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.workflow.Actor;

/**
 * "Try a decision": the inputs of the last N evaluations of a decision (the engine's decision history)
 * are evaluated against a revised DMN file before it is deployed, and each outcome is compared with what
 * the decision gave then. A standalone DMN engine evaluates, configured like the process engine's (same
 * FEEL behaviour), so the replay writes no history and touches no running case.
 */
@ApplicationScoped
public class DecisionReplay {

    public static final int MAX_EVALUATIONS = 500;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");

    @Inject
    ProcessOwnerGate gate;

    @Inject
    XmlSafety xmlSafety;

    @Inject
    ScriptPolicy scriptPolicy;

    @Inject
    HistoryService historyService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    ProcessEngine processEngine;

    public List<ReplayedEvaluation> replay(Actor actor, ModelFile revised, String decisionKey, int lastN) {
        gate.require(actor);
        if (revised.kind() != ModelKind.DMN) {
            throw InvalidInputException.of("file", "Only a DMN file can be tried against past decisions.");
        }
        if (lastN < 1 || lastN > MAX_EVALUATIONS) {
            throw InvalidInputException.of("count", "Replay between 1 and " + MAX_EVALUATIONS + " past evaluations.");
        }
        XmlSafety.Result safety = xmlSafety.check(revised);
        List<CheckMessage> refusals = new ArrayList<>(safety.messages());
        if (safety.safe()) {
            refusals.addAll(scriptPolicy.check(safety.document(), ModelKind.DMN));
        }
        if (refusals.stream().anyMatch(CheckMessage::isError)) {
            throw new ModelRefusedException(new CheckReport(revised.name(), refusals));
        }
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(revised.content()));
        DmnEngine dmnEngine = standaloneEngine();
        DmnDecision decision = dmnEngine.parseDecisions(model).stream()
                .filter(d -> d.getKey().equals(decisionKey)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("decisionKey",
                        "The revised file has no decision '" + decisionKey + "'."));
        List<String> neededNames = inputNames(model);

        List<HistoricDecisionInstance> past = historyService.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(decisionKey).includeInputs().includeOutputs()
                .orderByEvaluationTime().desc().listPage(0, lastN);
        Map<String, DmnModelInstance> deployedModels = new HashMap<>();
        List<ReplayedEvaluation> replayed = new ArrayList<>();
        for (HistoricDecisionInstance instance : past) {
            DmnModelInstance deployed = deployedModels.computeIfAbsent(instance.getDecisionDefinitionId(),
                    repositoryService::getDmnModelInstance);
            Map<String, Object> inputs = inputsOf(instance, deployed, model, neededNames);
            List<Map<String, Object>> before = outputsOf(instance);
            try {
                List<Map<String, Object>> after = dmnEngine.evaluateDecision(decision, inputs).getResultList();
                replayed.add(new ReplayedEvaluation(instance.getId(), instance.getEvaluationTime(),
                        instance.getProcessInstanceId(), inputs, before, after, null));
            } catch (RuntimeException e) {
                replayed.add(new ReplayedEvaluation(instance.getId(), instance.getEvaluationTime(),
                        instance.getProcessInstanceId(), inputs, before, List.of(), EngineDryRun.rootMessage(e)));
            }
        }
        return replayed;
    }

    /** Input values by variable name: an input whose expression is a plain name gives that name its value. */
    private Map<String, Object> inputsOf(HistoricDecisionInstance instance, DmnModelInstance deployed,
                                         DmnModelInstance revised, List<String> neededNames) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (HistoricDecisionInputInstance input : instance.getInputs()) {
            String name = variableOf(deployed, input.getClauseId());
            if (name == null) {
                name = variableOf(revised, input.getClauseId());
            }
            if (name != null) {
                inputs.put(name, input.getValue());
            }
        }
        // a revised table may read a name the old one did not: take the case's value from the history
        for (String name : neededNames) {
            if (!inputs.containsKey(name) && instance.getProcessInstanceId() != null) {
                HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance.getProcessInstanceId()).variableName(name)
                        .disableCustomObjectDeserialization().singleResult();
                inputs.put(name, variable == null ? null : variable.getValue());
            }
        }
        return inputs;
    }

    private static String variableOf(DmnModelInstance model, String clauseId) {
        if (model == null || clauseId == null) {
            return null;
        }
        if (model.getModelElementById(clauseId) instanceof Input input && input.getInputExpression() != null
                && input.getInputExpression().getText() != null) {
            String text = input.getInputExpression().getText().getTextContent().trim();
            return IDENTIFIER.matcher(text).matches() ? text : null;
        }
        return null;
    }

    private static List<String> inputNames(DmnModelInstance model) {
        return model.getModelElementsByType(Input.class).stream()
                .filter(i -> i.getInputExpression() != null && i.getInputExpression().getText() != null)
                .map(i -> i.getInputExpression().getText().getTextContent().trim())
                .filter(t -> IDENTIFIER.matcher(t).matches())
                .distinct().toList();
    }

    /** The outputs of the evaluation, one map per matched rule, in rule order. */
    private static List<Map<String, Object>> outputsOf(HistoricDecisionInstance instance) {
        Map<String, Map<String, Object>> byRule = new LinkedHashMap<>();
        List<HistoricDecisionOutputInstance> outputs = new ArrayList<>(instance.getOutputs());
        outputs.sort((a, b) -> Integer.compare(Objects.requireNonNullElse(a.getRuleOrder(), 0),
                Objects.requireNonNullElse(b.getRuleOrder(), 0)));
        for (HistoricDecisionOutputInstance output : outputs) {
            String rule = output.getRuleId() == null ? "result" : output.getRuleId() + "#" + output.getRuleOrder();
            byRule.computeIfAbsent(rule, r -> new LinkedHashMap<>()).put(output.getVariableName(), output.getValue());
        }
        if (byRule.isEmpty() && instance.getCollectResultValue() != null) {
            byRule.put("result", Map.of("result", instance.getCollectResultValue()));
        }
        return new ArrayList<>(byRule.values());
    }

    /** Order-free comparison: a COLLECT table's hits count, not their order; values compare as text. */
    static List<String> normalised(List<Map<String, Object>> results) {
        return results.stream()
                .map(result -> {
                    TreeMap<String, String> sorted = new TreeMap<>();
                    result.forEach((k, v) -> sorted.put(k, String.valueOf(v)));
                    return sorted.toString();
                })
                .sorted().toList();
    }

    private DmnEngine standaloneEngine() {
        ProcessEngineConfigurationImpl engineConfiguration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.enableFeelLegacyBehavior(engineConfiguration.isDmnFeelEnableLegacyBehavior());
        configuration.setReturnBlankTableOutputAsNull(engineConfiguration.isDmnReturnBlankTableOutputAsNull());
        return configuration.buildEngine();
    }

}
