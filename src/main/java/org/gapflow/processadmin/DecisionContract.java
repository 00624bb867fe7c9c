package org.gapflow.processadmin;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.gapflow.workflow.ContractVariable;
import org.gapflow.workflow.ProcessContract;

/**
 * GapFlow's contract with a DMN model: a decision reads only contract variables, and none that holds a
 * name, a user id or free text. So a decision cannot be made to show personal data to whoever tries
 * it, and "try a decision" knows every value the engine would give it.
 */
@ApplicationScoped
public class DecisionContract {

    public List<CheckMessage> check(ModelFile file) {
        var model = Dmn.readModelFromStream(new ByteArrayInputStream(file.content()));
        ProcessContract contract = ProcessContract.current();
        List<CheckMessage> found = new ArrayList<>();
        for (Map.Entry<Input, Set<String>> input : DecisionInputs.byInput(model).entrySet()) {
            String elementId = idOf(input.getKey());
            for (String name : input.getValue()) {
                Optional<ContractVariable> variable = contract.variable(name);
                if (variable.isEmpty()) {
                    found.add(CheckMessage.error(CheckMessage.Stage.CONTRACT, elementId,
                            "check.contract.decisionInputUnknown", name));
                } else if (variable.get().personal()) {
                    found.add(CheckMessage.error(CheckMessage.Stage.CONTRACT, elementId,
                            "check.contract.decisionInputPersonal", name));
                }
            }
        }
        return found;
    }

    /** The input's id, else its decision's: the element the editor can select. */
    private static String idOf(Input input) {
        if (input.getId() != null) {
            return input.getId();
        }
        ModelElementInstance parent = input.getParentElement();
        while (parent != null && !(parent instanceof Decision)) {
            parent = parent.getParentElement();
        }
        return parent == null ? null : ((Decision) parent).getId();
    }
}
