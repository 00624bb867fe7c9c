package org.gapflow.processadmin;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every check a revised model passes before it may be deployed, in order: a safe file, no scripts,
 * the engine's own parse and validation, GapFlow's contract (BPMN and DMN), then bpmnlint (BPMN). The engine
 * sees the file only when it is safe and script-free.
 */
@ApplicationScoped
public class ModelCheck {

    @Inject
    XmlSafety xmlSafety;

    @Inject
    ScriptPolicy scriptPolicy;

    @Inject
    EngineDryRun engine;

    @Inject
    ModelContract contract;

    @Inject
    DecisionContract decisionContract;

    @Inject
    ModelLint lint;

    public CheckReport check(ModelFile file) {
        List<CheckMessage> found = new ArrayList<>();
        XmlSafety.Result safety = xmlSafety.check(file);
        found.addAll(safety.messages());
        if (!safety.safe()) {
            return new CheckReport(file.name(), found);
        }
        found.addAll(scriptPolicy.check(safety.document(), file.kind()));
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
}
