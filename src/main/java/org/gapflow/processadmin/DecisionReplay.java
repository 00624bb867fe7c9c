package org.gapflow.processadmin;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.workflow.Actor;
import org.gapflow.workflow.ContractVariable;
import org.gapflow.workflow.ProcessContract;

/**
 * "Try a decision": the last N evaluations of a decision (the engine's decision history) are evaluated
 * again against a revised DMN file before it is deployed, and each outcome is compared with what the
 * decision gave then. Each replay gets what the engine gave the decision: the case's contract variables
 * as they were at that moment, from the variable history, so an input that is an expression
 * ({@code remainingBudget - totalCost}) is evaluated again as the engine would. A DMN engine built from
 * the process engine's own DMN configuration evaluates (same expression languages, same FEEL), without
 * its history listener, so the replay writes no history and touches no running case. Only a file that
 * passes every check is replayed, and the page sees only the decision's inputs: contract variables that
 * hold no name, user id or free text.
 */
@ApplicationScoped
public class DecisionReplay {

    public static final int MAX_EVALUATIONS = 500;
    private static final Logger LOG = Logger.getLogger(DecisionReplay.class.getName());
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");

    @Inject
    ProcessOwnerGate gate;

    @Inject
    ModelCheck modelCheck;

    @Inject
    CheckSlots checkSlots;

    @Inject
    HistoryService historyService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    ProcessEngine processEngine;

    private volatile DmnEngine dmnEngine;

    public List<ReplayedEvaluation> replay(Actor actor, ModelFile revised, String decisionKey, int lastN) {
        gate.require(actor);
        if (revised.kind() != ModelKind.DMN) {
            throw InvalidInputException.of("file", "Only a DMN file can be tried against past decisions.");
        }
        if (lastN < 1 || lastN > MAX_EVALUATIONS) {
            throw InvalidInputException.of("count", "Replay between 1 and " + MAX_EVALUATIONS + " past evaluations.");
        }
        return checkSlots.run(actor, revised.name(), () -> replayChecked(revised, decisionKey, lastN));
    }

    private List<ReplayedEvaluation> replayChecked(ModelFile revised, String decisionKey, int lastN) {
        CheckReport report = modelCheck.check(revised);
        if (!report.passed()) {
            throw new ModelRefusedException(report);
        }
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(revised.content()));
        DmnDecision decision = engine().parseDecisions(model).stream()
                .filter(d -> d.getKey().equals(decisionKey)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("decisionKey",
                        "The revised file has no decision '" + decisionKey + "'."));
        Set<String> given = givenVariables();
        Set<String> shown = new LinkedHashSet<>(DecisionInputs.namesRead(model));
        shown.retainAll(given);

        List<HistoricDecisionInstance> past = historyService.createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(decisionKey).includeInputs().includeOutputs()
                .orderByEvaluationTime().desc().listPage(0, lastN);
        CaseValuesAtTime caseValues = new CaseValuesAtTime(historyService, past.stream()
                .map(HistoricDecisionInstance::getProcessInstanceId).filter(Objects::nonNull).distinct().toList(), given);
        Map<String, DmnModelInstance> deployedModels = new HashMap<>();
        List<ReplayedEvaluation> replayed = new ArrayList<>();
        for (HistoricDecisionInstance instance : past) {
            Map<String, Object> context = instance.getProcessInstanceId() != null
                    ? caseValues.at(instance.getProcessInstanceId(), instance.getEvaluationTime())
                    : plainInputsOf(instance, deployedModels.computeIfAbsent(instance.getDecisionDefinitionId(),
                            repositoryService::getDmnModelInstance), model, given);
            Map<String, Object> inputs = new LinkedHashMap<>();
            shown.forEach(name -> inputs.put(name, context.get(name)));
            List<Map<String, Object>> before = outputsOf(instance);
            try {
                List<Map<String, Object>> after = engine().evaluateDecision(decision, context).getResultList();
                replayed.add(new ReplayedEvaluation(instance.getId(), instance.getEvaluationTime(),
                        instance.getProcessInstanceId(), inputs, before, after, null));
            } catch (RuntimeException e) {
                // the engine's text may quote values: it goes to the log, the page says only that it failed
                LOG.info(() -> "Replaying decision instance " + instance.getId() + " failed: " + EngineDryRun.rootMessage(e));
                replayed.add(new ReplayedEvaluation(instance.getId(), instance.getEvaluationTime(),
                        instance.getProcessInstanceId(), inputs, before, List.of(), "evaluation failed"));
            }
        }
        return replayed;
    }

    /** The contract variables a decision may be given: none that holds a name, a user id or free text. */
    private static Set<String> givenVariables() {
        return ProcessContract.current().variables().stream().filter(v -> !v.personal())
                .map(ContractVariable::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * An evaluation outside any case (the decision service called directly) has no variable history: its
     * recorded inputs stand in, for each input clause whose expression is a plain variable name.
     */
    private static Map<String, Object> plainInputsOf(HistoricDecisionInstance instance, DmnModelInstance deployed,
                                                     DmnModelInstance revised, Set<String> given) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (HistoricDecisionInputInstance input : instance.getInputs()) {
            String name = variableOf(deployed, input.getClauseId());
            if (name == null) {
                name = variableOf(revised, input.getClauseId());
            }
            if (name != null && given.contains(name)) {
                inputs.put(name, input.getValue());
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

    /**
     * A DMN engine made of the process engine's own DMN parts (expression languages, FEEL engine and
     * its functions, defaults), but without the listeners that write decision history and metrics.
     */
    private DmnEngine engine() {
        DmnEngine current = dmnEngine;
        if (current == null) {
            DefaultDmnEngineConfiguration engines = ((ProcessEngineConfigurationImpl) processEngine
                    .getProcessEngineConfiguration()).getDmnEngineConfiguration();
            DefaultDmnEngineConfiguration configuration =
                    (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            configuration.elProvider(engines.getElProvider())
                    .scriptEngineResolver(engines.getScriptEngineResolver())
                    .feelEngineFactory(engines.getFeelEngineFactory())
                    .feelCustomFunctionProviders(engines.getFeelCustomFunctionProviders())
                    .defaultInputExpressionExpressionLanguage(engines.getDefaultInputExpressionExpressionLanguage())
                    .defaultInputEntryExpressionLanguage(engines.getDefaultInputEntryExpressionLanguage())
                    .defaultOutputEntryExpressionLanguage(engines.getDefaultOutputEntryExpressionLanguage())
                    .defaultLiteralExpressionLanguage(engines.getDefaultLiteralExpressionLanguage());
            configuration.enableFeelLegacyBehavior(engines.isEnableFeelLegacyBehavior());
            configuration.setReturnBlankTableOutputAsNull(engines.isReturnBlankTableOutputAsNull());
            current = configuration.buildEngine();
            dmnEngine = current;
        }
        return current;
    }
}
