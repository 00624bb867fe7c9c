package org.gapflow.processadmin;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;

/**
 * The variables a decision's input expressions read: {@code remainingBudget - totalCost} reads
 * remainingBudget and totalCost. Inputs are what the case gives a decision; the contract check holds
 * them to contract variables, and "try a decision" shows exactly these.
 */
final class DecisionInputs {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)");
    /** FEEL and JUEL words that read no variable. */
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "and", "or", "not", "if", "then",
            "else", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "empty",
            "eq", "ne", "lt", "gt", "le", "ge", "div", "mod");

    private DecisionInputs() {
    }

    /** Each input clause (by id) with the names its expression reads. */
    static Map<Input, Set<String>> byInput(DmnModelInstance model) {
        Map<Input, Set<String>> inputs = new LinkedHashMap<>();
        for (Input input : model.getModelElementsByType(Input.class)) {
            String text = input.getInputExpression() == null || input.getInputExpression().getText() == null
                    ? "" : input.getInputExpression().getText().getTextContent();
            inputs.put(input, namesRead(text));
        }
        return inputs;
    }

    static Set<String> namesRead(DmnModelInstance model) {
        Set<String> names = new LinkedHashSet<>();
        byInput(model).values().forEach(names::addAll);
        return names;
    }

    static Set<String> namesRead(String expression) {
        Set<String> names = new LinkedHashSet<>();
        String body = STRING_LITERAL.matcher(expression == null ? "" : expression).replaceAll("\"\"")
                .replaceAll("[$#]\\{", " ").replace('}', ' ');
        Matcher name = NAME.matcher(body);
        while (name.find()) {
            if (!KEYWORDS.contains(name.group(1))) {
                names.add(name.group(1));
            }
        }
        return names;
    }
}
