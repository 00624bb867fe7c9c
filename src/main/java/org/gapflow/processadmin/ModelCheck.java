package org.gapflow.processadmin;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every check a revised model passes before it may be deployed, in order: a safe file, no scripts,
 * only allowed expressions and no Java hooks, the engine's own parse and validation, GapFlow's
 * contract (BPMN and DMN), then bpmnlint (BPMN). The engine sees the file only when it is safe, script-free
 * and every expression in it passed the allow-list: its dry run may evaluate expressions.
 */
@ApplicationScoped
public class ModelCheck {

    @Inject
    XmlSafety xmlSafety;

    @Inject
    ScriptPolicy scriptPolicy;

    @Inject
    ExpressionPolicy expressionPolicy;

    @Inject
    EngineDryRun engine;

    @Inject
    ModelContract contract;

    @Inject
    DecisionContract decisionContract;

    @Inject
    ModelLint lint;

    public CheckReport check(ModelFile file) {
        List<CheckMessage> found = new ArrayList<>(withoutEvaluating(file));
        if (found.stream().anyMatch(CheckMessage::isError)) {
            return new CheckReport(file.name(), found);
        }
        List<CheckMessage> engineFindings = engine.check(file);
        found.addAll(engineFindings);
        if (engineFindings.stream().anyMatch(CheckMessage::isError)) {
            return new CheckReport(file.name(), found);
        }
        if (file.kind() == ModelKind.BPMN) {
            found.addAll(contract.check(file));
            found.addAll(lint.check(file));
        } else {
            found.addAll(decisionContract.check(file));
        }
        return new CheckReport(file.name(), found);
    }

    /**
     * The checks that read the file without evaluating anything in it: the file gate, then the script
     * and expression policies. Only a model with no error here may reach the engine.
     */
    List<CheckMessage> withoutEvaluating(ModelFile file) {
        XmlSafety.Result safety = xmlSafety.check(file);
        if (!safety.safe()) {
            return safety.messages();
        }
        List<CheckMessage> found = new ArrayList<>(safety.messages());
        found.addAll(scriptPolicy.check(safety.document(), file.kind()));
        found.addAll(expressionPolicy.check(safety.document(), file.kind()));
        return found;
    }
}
