package org.gapflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of processes/solution-recommendation.dmn (hit policy COLLECT), one case each, named by what
 * the row means. Answers start from a performer who could do it before and uses the skill often
 * (which alone recommends coaching) and change what the row is about.
 */
class SolutionRecommendationTest {

    private static final DecisionTableProbe DMN = new DecisionTableProbe(Cycle.SOLUTION_DMN);
    private static final String TABLE = "solution-recommendation";

    record Row(String meaning, String rowId, Map<String, Object> answers, List<String> matchedRows,
               String solution) {
        @Override
        public String toString() {
            return meaning;
        }
    }

    private static Map<String, Object> answers(Object... changes) {
        Map<String, Object> answers = new HashMap<>(Map.of(
                "expectationsClear", true, "feedbackGiven", true, "resourcesAdequate", true,
                "consequencesRight", true, "couldDoBefore", true, "skillUsedOften", true,
                "taskSimplifiable", false, "obstaclesPresent", false, "hasPotential", true));
        for (int i = 0; i < changes.length; i += 2) {
            answers.put((String) changes[i], changes[i + 1]);
        }
        return answers;
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("unclear expectations: clarify expectations", "expectations-unclear",
                        answers("expectationsClear", false), List.of("expectations-unclear", "skill-used-often"),
                        "clarify-expectations"),
                new Row("no feedback: clarify expectations with feedback", "no-feedback",
                        answers("feedbackGiven", false), List.of("no-feedback", "skill-used-often"),
                        "clarify-expectations"),
                new Row("inadequate resources: fix resources", "resources-inadequate",
                        answers("resourcesAdequate", false), List.of("resources-inadequate", "skill-used-often"),
                        "fix-resources"),
                new Row("wrong consequences: fix consequences", "consequences-wrong",
                        answers("consequencesRight", false), List.of("consequences-wrong", "skill-used-often"),
                        "fix-consequences"),
                new Row("obstacles in the way: remove obstacles", "obstacles",
                        answers("obstaclesPresent", true), List.of("obstacles", "skill-used-often"),
                        "remove-obstacles"),
                new Row("simplifiable task: job aid", "task-simplifiable",
                        answers("taskSimplifiable", true), List.of("task-simplifiable", "skill-used-often"),
                        "job-aid"),
                new Row("could do it before, rarely uses the skill: practice", "skill-rarely-used",
                        answers("skillUsedOften", false), List.of("skill-rarely-used"), "practice"),
                new Row("could do it before, uses the skill often: coaching", "skill-used-often",
                        answers(), List.of("skill-used-often"), "coaching"),
                new Row("never could do it, has the potential: training", "genuine-skill-gap",
                        answers("couldDoBefore", false), List.of("genuine-skill-gap"), "training"),
                new Row("never could do it, lacks the potential: reassign", "no-potential",
                        answers("couldDoBefore", false, "hasPotential", false), List.of("no-potential"), "reassign"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRowRecommendsItsSolutionWithAReason(Row row) {
        DecisionTableProbe.Outcome outcome = DMN.evaluate(TABLE, row.answers());

        assertThat(outcome.matchedRows()).containsExactlyElementsOf(row.matchedRows());
        Map<String, Object> recommendation = outcome.result().getResultList()
                .get(row.matchedRows().indexOf(row.rowId()));
        assertThat(recommendation).containsEntry("solution", row.solution());
        assertThat((String) recommendation.get("reason")).isNotBlank();
    }

    @Test
    void everyRowOfTheTableHasItsCaseAbove() {
        assertThat(rows().map(Row::rowId)).containsExactlyInAnyOrderElementsOf(DMN.rowIds(TABLE));
    }

    @Test
    void aTaskThatCanBeSimplifiedGetsAJobAidRatherThanTraining() {
        DecisionTableProbe.Outcome outcome = DMN.evaluate(TABLE,
                answers("couldDoBefore", false, "taskSimplifiable", true));

        assertThat(outcome.matchedRows()).containsExactly("task-simplifiable");
    }

    @Test
    void theProcessGetsTheCodesOnceEachInRowOrder() {
        Map<String, Object> manyCauses = answers("expectationsClear", false, "feedbackGiven", false,
                "obstaclesPresent", true, "couldDoBefore", false);

        Object codes = DMN.evaluate("recommended-solutions", manyCauses).result().getSingleEntry();

        assertThat(codes).isEqualTo("clarify-expectations,remove-obstacles,training");
    }

    @Test
    void unansweredQuestionsRecommendNothingRatherThanFail() {
        Object codes = DMN.evaluate("recommended-solutions", new HashMap<>()).result().getSingleEntry();

        assertThat(codes).isEqualTo("");
    }
}
