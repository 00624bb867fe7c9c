package org.gapflow.processadmin;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gapflow.workflow.ContractVariable;
import org.gapflow.workflow.ProcessContract;

/**
 * The process variables GapFlow's code sets or reads, as the features declare them (ProcessContract), and the names
 * an expression may use without anyone providing them. A model that reads any other name reads
 * something nobody sets.
 */
final class ContractVariables {

    /**
     * The declared variables GapFlow's code gives a value. Not the model's defaults: those exist only
     * when the model declares them as extension properties, and the check looks for that.
     */
    static final Set<String> PROVIDED_BY_GAPFLOW = ProcessContract.current().variables().stream()
            .filter(v -> v.source() != ContractVariable.Source.MODEL_DEFAULT)
            .map(ContractVariable::name).collect(Collectors.toUnmodifiableSet());

    /** Names the expression language or the engine provides. */
    static final Set<String> BUILT_IN = Set.of("execution", "task", "authenticatedUserId", "variables",
            "true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod",
            "instanceof", "dateTime", "now");

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.])\\s*([A-Za-z_]\\w*)");

    private ContractVariables() {
    }

    static boolean isExpression(String value) {
        return value != null && EXPRESSION.matcher(value).find();
    }

    /** The root names an expression text reads: {@code ${a.b(c) && d}} reads a, c and d. */
    static Set<String> rootNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String body = STRING_LITERAL.matcher(expression.group(1)).replaceAll("''");
            Matcher identifier = IDENTIFIER.matcher(body);
            while (identifier.find()) {
                names.add(identifier.group(1));
            }
        }
        return names;
    }

    /** The single name of a plain reference {@code ${name}}, else null. */
    static String plainName(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("\\s*[$#]\\{\\s*([A-Za-z_]\\w*)\\s*}\\s*").matcher(text);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
