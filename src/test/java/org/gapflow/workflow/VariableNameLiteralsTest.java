package org.gapflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Process variables are read and written by the declared constants, not by names typed again: the
 * main code holds no contract variable's name as a string literal outside the features' *Contract
 * declarations, wherever it reads or writes process variables.
 */
class VariableNameLiteralsTest {

    /** The engine calls that take a variable's name, and the maps that carry variables. */
    private static final Pattern VARIABLE_ACCESS = Pattern.compile(
            "(?:getVariable|getVariableLocal|getVariableTyped|setVariable|setVariableLocal|hasVariable|removeVariable"
                    + "|variables\\.put|putValue|variableName|variableNameLike|variableNameIn|variableValueEquals)"
                    + "\\((?:[^;\"]*?[,?(]\\s*)?\"([A-Za-z_]\\w*)\"");

    @Test
    void noVariableNameIsTypedWhereVariablesAreReadOrWritten() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().endsWith("Contract.java")).toList()) {
                Matcher access = VARIABLE_ACCESS.matcher(Files.readString(file));
                while (access.find()) {
                    if (ProcessContract.current().isVariable(access.group(1))) {
                        found.add(file.getFileName() + ": " + access.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScanFindsATypedName() {
        Matcher access = VARIABLE_ACCESS.matcher("variables.put(byHr ? \"hrDecision\" : x, 1); getVariable(id, \"totalCost\")");
        List<String> names = new ArrayList<>();
        while (access.find()) {
            names.add(access.group(1));
        }
        assertThat(names).containsExactly("hrDecision", "totalCost");
    }
}
