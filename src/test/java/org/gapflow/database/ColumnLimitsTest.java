package org.gapflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

/**
 * The text limits have one source: the entities' constants, which @Column and @Size both use. This
 * holds them to the schema the migrations create, so a column resized in SQL but not in Java (or the
 * other way round) fails here, not as a database error under a user's form.
 */
class ColumnLimitsTest {

    private static final Pattern TABLE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+(\\w+)(?:\\((\\d+))?", Pattern.MULTILINE);

    @Test
    void everyTextColumnOfAnEntityHasTheMigrationsSize() throws IOException {
        Map<String, String> schema = columns();
        List<String> checked = new ArrayList<>();
        for (Class<?> entity : entities()) {
            String table = entity.isAnnotationPresent(Table.class) ? entity.getAnnotation(Table.class).name() : entity.getSimpleName();
            for (Field field : entity.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                if (column == null || field.getType() != String.class) {
                    continue;
                }
                String name = table + "." + (column.name().isEmpty() ? field.getName() : column.name());
                assertThat(schema).as("%s (%s.%s) in db/migration", name, entity.getSimpleName(), field.getName())
                        .containsKey(name);
                if (!schema.get(name).startsWith("VARCHAR(")) {
                    continue; // CLOB, TEXT: no length to agree on
                }
                assertThat("VARCHAR(" + column.length() + ")").as(name).isEqualTo(schema.get(name));
                Size size = field.getAnnotation(Size.class);
                if (size != null) {
                    assertThat(size.max()).as("@Size of %s", name).isEqualTo(column.length());
                }
                checked.add(name);
            }
        }
        assertThat(checked).as("the free-text columns of the cycle are among those checked")
                .contains("gf_performance_gap.evidence", "gf_cause_analysis.notes", "gf_solution_choice.override_reason",
                        "gf_action_plan.description", "gf_training_spec.objective_behaviour", "gf_training_cost_line.description",
                        "gf_approval_decision.reason", "gf_evaluation.l3_behaviour", "gf_model_change.reason",
                        "gf_task_draft.content");
    }

    /** Each text field of a page (class#field) and the entity field it ends in. */
    private static final Map<String, String> FORM_TO_ENTITY = Map.ofEntries(
            Map.entry("org.gapflow.review.GapRow#title", "org.gapflow.review.PerformanceGap#title"),
            Map.entry("org.gapflow.review.GapRow#unit", "org.gapflow.review.PerformanceGap#unit"),
            Map.entry("org.gapflow.review.GapRow#businessResult", "org.gapflow.review.PerformanceGap#businessResult"),
            Map.entry("org.gapflow.review.GapRow#evidence", "org.gapflow.review.PerformanceGap#evidence"),
            Map.entry("org.gapflow.solution.AnalyseCausesPage$Draft#notes", "org.gapflow.solution.CauseAnalysis#notes"),
            Map.entry("org.gapflow.solution.ChooseSolutionsPage$Row#overrideReason", "org.gapflow.solution.SolutionChoice#overrideReason"),
            Map.entry("org.gapflow.solution.ChooseSolutionsPage$Draft#actionPlan", "org.gapflow.solution.ActionPlan#description"),
            Map.entry("org.gapflow.solution.ReviewActionPlanPage#notes", "org.gapflow.solution.ActionPlan#outcome"),
            Map.entry("org.gapflow.training.SpecifyTrainingPage$Draft#objectiveBehaviour", "org.gapflow.training.TrainingSpecification#objectiveBehaviour"),
            Map.entry("org.gapflow.training.SpecifyTrainingPage$Draft#objectiveCondition", "org.gapflow.training.TrainingSpecification#objectiveCondition"),
            Map.entry("org.gapflow.training.SpecifyTrainingPage$Draft#objectiveCriterion", "org.gapflow.training.TrainingSpecification#objectiveCriterion"),
            Map.entry("org.gapflow.training.SpecifyTrainingPage$Draft#provider", "org.gapflow.training.TrainingSpecification#provider"),
            Map.entry("org.gapflow.training.SpecifyTrainingPage$Draft#evaluationTargets", "org.gapflow.training.TrainingSpecification#evaluationTargets"),
            Map.entry("org.gapflow.training.SpecifyTrainingPage$Line#description", "org.gapflow.training.CostLine#description"),
            Map.entry("org.gapflow.training.ApproveTrainingPage#reason", "org.gapflow.training.ApprovalDecision#reason"),
            Map.entry("org.gapflow.training.EvaluateResultsPage$Draft#l3Behaviour", "org.gapflow.training.Evaluation#l3Behaviour"),
            Map.entry("org.gapflow.training.EvaluateResultsPage$Draft#l4Results", "org.gapflow.training.Evaluation#l4Results"),
            Map.entry("org.gapflow.processadmin.ModelEditorPage#note", "org.gapflow.processadmin.ModelDraft#note"),
            Map.entry("org.gapflow.processadmin.ModelEditorPage#comment", "org.gapflow.processadmin.ModelChange#reason"),
            Map.entry("org.gapflow.processadmin.MigrationPage#reason", "org.gapflow.processadmin.ModelChange#reason"),
            Map.entry("org.gapflow.processadmin.ModelOverviewPage#rollbackReason", "org.gapflow.processadmin.ModelChange#reason"));

    @Test
    void everyTextFieldOfAPageHasItsColumnsLimit() throws ReflectiveOperationException {
        for (Map.Entry<String, String> pair : FORM_TO_ENTITY.entrySet()) {
            Field form = field(pair.getKey());
            Field entity = field(pair.getValue());
            int column = entity.getAnnotation(Column.class).length();
            assertThat(entity.getAnnotation(Size.class)).as("@Size on %s", pair.getValue()).isNotNull();
            assertThat(entity.getAnnotation(Size.class).max()).as("@Size of %s", pair.getValue()).isEqualTo(column);
            assertThat(form.getAnnotation(Size.class)).as("@Size on %s", pair.getKey()).isNotNull();
            assertThat(form.getAnnotation(Size.class).max()).as("@Size of %s", pair.getKey()).isEqualTo(column);
        }
        assertThat(field("org.gapflow.review.GapRow#title").getAnnotation(Size.class).max()).isEqualTo(200);
    }

    private static Field field(String classAndField) throws ReflectiveOperationException {
        String[] parts = classAndField.split("#");
        return Class.forName(parts[0], false, ColumnLimitsTest.class.getClassLoader()).getDeclaredField(parts[1]);
    }

    /** table.column → its type as written ("VARCHAR(200)", "BIGINT"), as the migrations' CREATE TABLEs leave the schema. */
    static Map<String, String> columns() throws IOException {
        Map<String, String> columns = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(file);
                assertThat(sql).as("%s: a resize needs this test to read ALTER TABLE", file)
                        .doesNotContainIgnoringCase("ALTER COLUMN").doesNotContainIgnoringCase("MODIFY");
                Matcher table = TABLE.matcher(sql);
                while (table.find()) {
                    Matcher column = COLUMN.matcher(table.group(2));
                    while (column.find()) {
                        String type = column.group(2).toUpperCase();
                        columns.put(table.group(1) + "." + column.group(1),
                                column.group(3) == null ? type : type + "(" + column.group(3) + ")");
                    }
                }
            }
        }
        assertThat(columns).as("columns read from db/migration").hasSizeGreaterThan(50);
        return columns;
    }

    static List<Class<?>> entities() throws IOException {
        Path classes = Path.of("target/classes");
        List<Class<?>> entities = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/gapflow"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, ColumnLimitsTest.class.getClassLoader());
                    if (type.isAnnotationPresent(Entity.class)) {
                        entities.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("Cannot load " + name, e);
                }
            }
        }
        assertThat(entities).as("entities found in target/classes").hasSizeGreaterThan(15);
        return entities;
    }
}
