package org.gapflow.cycle;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Evaluates a decision of processes/ on Camunda's DMN engine (same FEEL defaults as the process engine)
 * and tells which rows of its table matched, by their ids.
 */
final class DecisionTableProbe {

    record Outcome(DmnDecisionResult result, List<String> matchedRows) {
    }

    private final DmnModelInstance model;
    private final DmnEngine dmnEngine;
    private final List<String> lastMatched = new ArrayList<>();

    DecisionTableProbe(String resource) {
        model = Dmn.readModelFromStream(open(resource));
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(this::record));
        dmnEngine = configuration.buildEngine();
    }

    private static InputStream open(String resource) {
        InputStream in = DecisionTableProbe.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException(resource + " is not on the test class path");
        }
        return in;
    }

    private void record(DmnDecisionTableEvaluationEvent event) {
        lastMatched.clear();
        event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(lastMatched::add);
    }

    synchronized Outcome evaluate(String decisionKey, Map<String, Object> variables) {
        DmnDecision decision = dmnEngine.parseDecision(decisionKey, model);
        lastMatched.clear();
        DmnDecisionResult result = dmnEngine.evaluateDecision(decision, variables);
        return new Outcome(result, List.copyOf(lastMatched));
    }

    /** The ids of the table's rows, in table order. */
    List<String> rowIds(String decisionKey) {
        Decision decision = model.getModelElementById(decisionKey);
        DecisionTable table = (DecisionTable) decision.getExpression();
        return table.getRules().stream().map(Rule::getId).toList();
    }
}
