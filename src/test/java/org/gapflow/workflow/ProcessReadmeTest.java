package org.gapflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * processes/README.md says what the features declare (ProcessContract), no more and no less: every
 * declared step, variable, bean and its methods and inputs, group, and member of execution and task is
 * documented, and nothing is documented that is not declared.
 */
class ProcessReadmeTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final ProcessContract CONTRACT = ProcessContract.current();
    private static String readme;

    @BeforeAll
    static void read() throws IOException {
        readme = Files.readString(Path.of("processes", "README.md"));
    }

    @Test
    void theFeaturesDeclareTheContract() {
        assertThat(CONTRACT.steps()).hasSize(8);
        assertThat(CONTRACT.variableNames()).contains("caseId", "totalCost", "identifyGapsDue", "escalatedTo");
        assertThat(CONTRACT.beans()).extracting(ContractBean::name).containsExactlyInAnyOrder("processDataDefaults",
                "taskReminder", "taskEscalation", "caseParticipants", "trainingEnrolment");
        assertThat(CONTRACT.groups()).contains("hr", "hr-lead");
    }

    @Test
    void everyStepIsDocumentedWithItsFormKeyAndTheVariablesItsFormSets() {
        Map<String, List<String>> rows = rowsOf("Form keys");
        assertThat(rows.keySet()).as("documented steps").containsExactlyInAnyOrderElementsOf(
                CONTRACT.steps().stream().map(ContractStep::id).toList());
        for (ContractStep step : CONTRACT.steps()) {
            List<String> cells = rows.get(step.id());
            assertThat(codes(cells.get(3))).as(step.id() + " form key").containsExactly(step.formKey());
            assertThat(codes(cells.get(4))).as(step.id() + " sets").containsExactlyInAnyOrderElementsOf(step.sets());
        }
    }

    @Test
    void everyVariableIsDocumentedWithItsTypeAndWhetherItIsPersonal() {
        Map<String, List<String>> rows = rowsOf("Variables");
        Set<String> documented = new LinkedHashSet<>(rows.keySet());
        documented.addAll(durations());
        assertThat(documented).as("documented variables and durations")
                .containsExactlyInAnyOrderElementsOf(CONTRACT.variableNames());
        for (ContractVariable variable : CONTRACT.variables()) {
            if (variable.source() == ContractVariable.Source.MODEL_DEFAULT) {
                assertThat(durations()).as("durations").contains(variable.name());
                continue;
            }
            List<String> cells = rows.get(variable.name());
            assertThat(cells).as(variable.name() + " in the Variables table").isNotNull();
            assertThat(cells.get(1)).as(variable.name() + " type").contains(variable.type().getSimpleName());
            String personal = cells.get(3);
            boolean documentedPersonal = personal.equals("yes") || codes(personal).contains(variable.name());
            assertThat(documentedPersonal).as(variable.name() + " personal").isEqualTo(variable.personal());
        }
    }

    @Test
    void theDurationsAreTheModelDefaultsAndTheFollowUpDate() {
        Set<String> declared = CONTRACT.variables().stream()
                .filter(v -> v.source() == ContractVariable.Source.MODEL_DEFAULT).map(ContractVariable::name)
                .collect(Collectors.toSet());
        assertThat(durations()).containsAll(declared);
        assertThat(durations()).allSatisfy(name -> assertThat(CONTRACT.isVariable(name)).as(name).isTrue());
    }

    @Test
    void everyBeanIsDocumentedWithItsMethodsAndInputs() {
        Map<String, List<String>> rows = rowsOf("Beans");
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(
                CONTRACT.beans().stream().map(ContractBean::name).toList());
        for (ContractBean bean : CONTRACT.beans()) {
            List<String> cells = rows.get(bean.name());
            Set<String> methods = cells.get(3).equals("none") ? Set.of() : Set.copyOf(codes(cells.get(3)));
            assertThat(methods).as(bean.name() + " methods").isEqualTo(bean.methods());
            assertThat(codes(cells.get(4))).as(bean.name() + " inputs").containsAll(bean.inputs());
            assertThat(cells.get(1)).as(bean.name() + " kind")
                    .isEqualTo(bean.use() == ContractBean.Use.DELEGATE ? "JavaDelegate" : "execution listener");
        }
    }

    @Test
    void theGroupsAreGapFlowsRoles() {
        Matcher sentence = Pattern.compile("GapFlow roles are engine groups: ([^.]*)\\.").matcher(section("Candidate groups"));
        assertThat(sentence.find()).isTrue();
        assertThat(codes(sentence.group(1))).containsExactlyInAnyOrderElementsOf(CONTRACT.groups());
    }

    @Test
    void theMembersOfExecutionAndTaskAreListed() {
        String expressions = section("Expressions");
        assertThat(members(expressions, "execution")).containsExactlyInAnyOrderElementsOf(CONTRACT.executionMembers());
        assertThat(members(expressions, "task")).containsExactlyInAnyOrderElementsOf(CONTRACT.taskMembers());
    }

    private static List<String> members(String section, String object) {
        Matcher line = Pattern.compile("(?m)^- `" + object + "`[^:]*: (.*)$").matcher(section);
        assertThat(line.find()).as(object).isTrue();
        return codes(line.group(1));
    }

    private static Set<String> durations() {
        Set<String> names = new LinkedHashSet<>();
        for (List<String> cells : tableOf("Durations")) {
            names.addAll(codes(cells.get(0)));
        }
        return names;
    }

    /** The rows of a section's table by each name in their first cell. */
    private static Map<String, List<String>> rowsOf(String heading) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> cells : tableOf(heading)) {
            for (String name : codes(cells.get(0))) {
                assertThat(rows.put(name, cells)).as(name + " documented twice in " + heading).isNull();
            }
        }
        return rows;
    }

    private static List<List<String>> tableOf(String heading) {
        List<List<String>> rows = new ArrayList<>();
        List<String> lines = section(heading).lines().filter(l -> l.startsWith("|")).toList();
        for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) {
            String inner = line.substring(1, line.lastIndexOf('|'));
            rows.add(java.util.Arrays.stream(inner.split(" \\| ", -1)).map(String::strip).toList());
        }
        assertThat(rows).as("table of " + heading).isNotEmpty();
        return rows;
    }

    private static String section(String heading) {
        int start = readme.indexOf("\n## " + heading + "\n");
        assertThat(start).as("section " + heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<String> codes(String text) {
        List<String> names = new ArrayList<>();
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            names.add(code.group(1));
        }
        return names;
    }
}
