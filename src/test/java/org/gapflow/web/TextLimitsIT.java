package org.gapflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gapflow.review.PerformanceGap;
import org.gapflow.processadmin.ModelChange;
import org.gapflow.processadmin.ModelDraft;
import org.gapflow.solution.ActionPlan;
import org.gapflow.solution.CauseAnalysis;
import org.gapflow.solution.SolutionChoice;
import org.gapflow.solution.SolutionCode;
import org.gapflow.testing.Browserless;
import org.gapflow.testing.CycleDriver;
import org.gapflow.testing.GapFlowDeployment;
import org.gapflow.testing.MailCatcher;
import org.gapflow.testing.StepFixtureServlet;
import org.gapflow.testing.StepFixtures;
import org.gapflow.testing.StepPage;
import org.gapflow.training.ApprovalDecision;
import org.gapflow.training.CostLine;
import org.gapflow.training.Evaluation;
import org.gapflow.training.TrainingSpecification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text longer than its column, posted into every free-text field of every step page, and of "Save
 * draft" where the page has one, straight over HTTP (a browser's maxlength would stop it first): each
 * time the message stands next to that field, everything else typed is still there, and nothing is
 * written. The same form within the limits then goes through, so the long text was all that was refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TextLimitsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GapFlowDeployment.war(CycleDriver.class, CycleDriver.Organisation.class, StepFixtures.class,
                        StepFixtureServlet.class, MailCatcher.class, Browserless.class)
                .addAsLibrary(GapFlowDeployment.jarOf(com.icegreen.greenmail.util.GreenMail.class));
    }

    @ArquillianResource
    URL base;

    @Test
    void identifyGaps() throws Exception {
        Map<String, List<String>> form = values("task:gaps:0:title", "Slow replies", "task:gaps:0:expectedStandard", "6",
                "task:gaps:0:actualPerformance", "9", "task:gaps:0:unit", "minutes per call",
                "task:gaps:0:lowerIsBetter", "on", "task:gaps:0:businessResult", "Cost per contact",
                "task:gaps:0:monthlyCost", "2400", "task:gaps:0:evidence", "Call logs of March");
        refusesOverLongText("IdentifyGaps", "mark", "identify-gaps.xhtml", form, Map.of(
                "task:gaps:0:title", PerformanceGap.TITLE_LENGTH,
                "task:gaps:0:unit", PerformanceGap.UNIT_LENGTH,
                "task:gaps:0:businessResult", PerformanceGap.BUSINESS_RESULT_LENGTH,
                "task:gaps:0:evidence", PerformanceGap.EVIDENCE_LENGTH), true);
    }

    @Test
    void analyseCauses() throws Exception {
        Map<String, List<String>> form = values("task:expectationsClear", "true", "task:feedbackGiven", "true",
                "task:resourcesAdequate", "true", "task:consequencesRight", "true", "task:couldDoBefore", "false",
                "task:skillUsedOften", "true", "task:taskSimplifiable", "false", "task:obstaclesPresent", "false",
                "task:hasPotential", "true", "task:notes", "New product range");
        refusesOverLongText("AnalyseCauses", "mark", "analyse-causes.xhtml", form,
                Map.of("task:notes", CauseAnalysis.NOTES_LENGTH), true);
    }

    @Test
    void chooseSolutions() throws Exception {
        Map<String, List<String>> form = values("task:chosen_training", "on", "task:chosen_coaching", "on",
                "task:override_coaching", "Weekly coaching as well", "task:actionPlan", "Pair with a senior agent",
                "task:followUpDate", LocalDate.now().plusDays(30).toString());
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (SolutionCode code : SolutionCode.values()) {
            limits.put("task:override_" + code.code(), SolutionChoice.OVERRIDE_REASON_LENGTH);
        }
        limits.put("task:actionPlan", ActionPlan.DESCRIPTION_LENGTH);
        refusesOverLongText("ChooseSolutions", "mark", "choose-solutions.xhtml", form, limits, true);
    }

    @Test
    void reviewActionPlan() throws Exception {
        Map<String, List<String>> form = values("task:outcome", "continue",
                "task:followUpDate", LocalDate.now().plusDays(30).toString(), "task:notes", "Better, not there yet");
        refusesOverLongText("ReviewActionPlan", "mark", "review-action-plan.xhtml", form,
                Map.of("task:notes", ActionPlan.OUTCOME_LENGTH), false);
    }

    @Test
    void specifyTraining() throws Exception {
        LocalDate start = LocalDate.now().plusDays(10);
        Map<String, List<String>> form = values("task:objectiveBehaviour", "Resolve product questions",
                "task:objectiveCondition", "with the knowledge base", "task:objectiveCriterion", "80 percent first time",
                "task:deliveryFormat", "classroom", "task:provider", "Acme Academy", "task:sessions", "3",
                "task:startDate", start.toString(), "task:endDate", start.plusDays(2).toString(),
                "task:costLines:0:category", "fees", "task:costLines:0:description", "Course fee",
                "task:costLines:0:amount", "1200", "task:expectedMonthlyBenefit", "1800", "task:benefitMonths", "12",
                "task:evaluationTargets", "Level 3 checked after a month");
        form.put("task:evaluationLevels", List.of("1", "2", "3", "4"));
        refusesOverLongText("SpecifyTraining", "mark", "specify-training.xhtml", form, Map.of(
                "task:objectiveBehaviour", TrainingSpecification.OBJECTIVE_LENGTH,
                "task:objectiveCondition", TrainingSpecification.OBJECTIVE_LENGTH,
                "task:objectiveCriterion", TrainingSpecification.OBJECTIVE_LENGTH,
                "task:provider", TrainingSpecification.PROVIDER_LENGTH,
                "task:costLines:0:description", CostLine.DESCRIPTION_LENGTH,
                "task:evaluationTargets", TrainingSpecification.EVALUATION_TARGETS_LENGTH), true);
    }

    @Test
    void approveTraining() throws Exception {
        Map<String, List<String>> form = values("task:outcome", "sent-back", "task:reason", "Add the travel cost");
        refusesOverLongText("ApproveByHr", "hana", "approve-training.xhtml", form,
                Map.of("task:reason", ApprovalDecision.REASON_LENGTH), false);
    }

    @Test
    void evaluateResults() throws Exception {
        Map<String, List<String>> form = values("task:newMeasure", "70", "task:l1Reaction", "4", "task:l2Learning", "80",
                "task:l3Behaviour", "Uses the checklist", "task:l4Results", "Satisfaction up", "task:valuePerUnit", "100",
                "task:monthsCounted", "12", "task:attributionShare", "50", "task:confidence", "80", "task:gapClosed", "true");
        refusesOverLongText("EvaluateResults", "mark", "evaluate-results.xhtml", form, Map.of(
                "task:l3Behaviour", Evaluation.ANSWER_LENGTH, "task:l4Results", Evaluation.ANSWER_LENGTH), true);
    }

    @Test
    void aDraftTooLongAsAWholeIsRefusedWithItsReasonAndTheInputKept() throws Exception {
        String[] fixture = stepFixture("ChooseSolutions");
        StepPage page = new StepPage(loggedIn("mark"), "choose-solutions.xhtml", fixture[1]);
        page.open();
        // every text within its column, but JSON doubles each backslash: 26,000 characters of draft
        Map<String, List<String>> form = values("task:chosen_training", "on",
                "task:actionPlan", "\\".repeat(ActionPlan.DESCRIPTION_LENGTH));
        for (SolutionCode code : SolutionCode.values()) {
            form.put("task:override_" + code.code(), List.of("\\".repeat(SolutionChoice.OVERRIDE_REASON_LENGTH)));
        }

        String answer = page.saveDraft(form);

        assertThat(answer).contains("This draft is too long to save; shorten the texts.").doesNotContain("Shorten this text");
        assertThat(StepPage.valueOf(answer, "task:actionPlan")).hasSize(ActionPlan.DESCRIPTION_LENGTH);
        assertThat(written(fixture[0], fixture[1])).contains("drafts=0", "task=open");
    }

    @Test
    void theMessageIsInTheUsersLanguage() throws Exception {
        String[] fixture = stepFixture("IdentifyGaps");
        Browserless mark = loggedIn("mark");
        mark.postForm("language", "lang", "fr", "returnTo", base.getPath() + "app/home.xhtml");
        StepPage page = new StepPage(mark, "identify-gaps.xhtml", fixture[1]);
        page.open();

        String answer = page.submit("task:complete", values("task:gaps:0:title", "x".repeat(PerformanceGap.TITLE_LENGTH + 1)));

        assertThat(StepPage.messageFor(answer, "task:gaps:0:title"))
                .isEqualTo("Raccourcissez ce texte à " + PerformanceGap.TITLE_LENGTH + " caractères au plus.");
    }

    @Test
    void requestParametersOfAnyLengthOrShapeNeverReachTheErrorPage() throws Exception {
        // longer than any limit, short enough for the server's request line
        String longText = "x".repeat(1000);
        String longNumber = "9".repeat(1000);
        Browserless mark = loggedIn("mark");
        for (String path : List.of("app/tasks.xhtml?scope=" + longText + "&employee=" + longText + "&step=" + longText
                        + "&due=" + longText, "app/cases/index.xhtml?employee=" + longText + "&state=" + longText,
                "app/cases/view.xhtml?caseId=" + longNumber, "app/cases/view.xhtml?caseId=abc",
                "app/tasks/identify-gaps.xhtml?taskId=" + longText, "app/tasks/evaluate-results.xhtml?taskId=" + longText)) {
            assertNoErrorPage(mark.get(path), path);
        }
        var language = mark.postForm("language", "lang", longText, "returnTo",
                base.getPath() + "app/tasks.xhtml?x=" + "x".repeat(3000));
        assertNoErrorPage(language, "language");
        assertThat(language.uri().getPath()).as("a crafted return path leads home").endsWith("app/home.xhtml");

        Browserless hana = loggedIn("hana");
        assertNoErrorPage(hana.get("app/hr/export?report=" + longText), "export");
        Browserless pat = loggedIn("pat");
        for (String path : List.of("app/processes/source?draftId=abc", "app/processes/source?draftId=" + longNumber,
                "app/processes/source?definitionId=" + longText, "app/processes/editor.xhtml?draftId=abc",
                "app/processes/editor.xhtml?draftId=" + longNumber, "app/processes/editor.xhtml?definitionId=" + longText,
                "app/processes/version.xhtml?definitionId=" + longText, "app/processes/migrate.xhtml?source=" + longText)) {
            assertNoErrorPage(pat.get(path), path);
        }
    }

    @Test
    void theWorkspaceCommentsAreHeldToTheirColumns() throws Exception {
        Browserless pat = loggedIn("pat");
        String overview = pat.get("app/processes/index.xhtml").body();
        int versions = count(overview, "editor.xhtml?definitionId=");
        String definitionId = first(overview, "editor\\.xhtml\\?definitionId=([^\"&]+)");
        String tooLong = "x".repeat(ModelChange.REASON_LENGTH + 1);

        String rollback = post(pat, "app/processes/index.xhtml", overview, "rollback-form", "rollback-form",
                "rollback-form:rollback-version", definitionId, "rollback-form:rollback-reason", tooLong,
                "rollback-form:rollback", "Roll back");
        assertThat(StepPage.messageFor(rollback, "rollback-form:rollback-reason"))
                .isEqualTo("Shorten this text to " + ModelChange.REASON_LENGTH + " characters or fewer.");
        assertThat(StepPage.valueOf(rollback, "rollback-form:rollback-reason")).isEqualTo(tooLong);
        assertThat(count(pat.get("app/processes/index.xhtml").body(), "editor.xhtml?definitionId=")).as("nothing deployed")
                .isEqualTo(versions);

        String editorPath = "app/processes/editor.xhtml?definitionId=" + definitionId;
        String editor = pat.get(editorPath).body();
        assertThat(StepPage.attribute(editor, "editor-form:comment", "maxlength")).isEqualTo(Integer.toString(ModelChange.REASON_LENGTH));
        assertThat(StepPage.attribute(editor, "editor-form:note", "maxlength")).isEqualTo(Integer.toString(ModelDraft.NOTE_LENGTH));
        String deploy = post(pat, editorPath, editor, "editor-form", "editor-form", "editor-form:xml", "",
                "editor-form:file-name", "limits.bpmn", "editor-form:note", "x".repeat(ModelDraft.NOTE_LENGTH + 1),
                "editor-form:comment", tooLong, "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "editor-form:deploy",
                "jakarta.faces.partial.execute", "editor-form", "jakarta.faces.partial.render", "editor-form messages",
                "editor-form:deploy", "editor-form:deploy");
        assertThat(StepPage.messageFor(deploy, "editor-form:comment"))
                .isEqualTo("Shorten this text to " + ModelChange.REASON_LENGTH + " characters or fewer.");
        assertThat(StepPage.messageFor(deploy, "editor-form:note"))
                .isEqualTo("Shorten this text to " + ModelDraft.NOTE_LENGTH + " characters or fewer.");
        assertThat(StepPage.valueOf(deploy, "editor-form:file-name")).isEqualTo("limits.bpmn");
        assertThat(count(pat.get("app/processes/index.xhtml").body(), "editor.xhtml?definitionId=")).as("nothing deployed")
                .isEqualTo(versions);

        // the form is there for any process version, with or without cases to move
        String migratePath = "app/processes/migrate.xhtml?source=" + first(overview, "data-definition-id=\"([^\"]+)\"");
        String migrate = pat.get(migratePath).body();
        assertThat(StepPage.attribute(migrate, "migrate-form:reason", "maxlength")).isEqualTo(Integer.toString(ModelChange.REASON_LENGTH));
        String migrated = post(pat, migratePath, migrate, "migrate-form", "migrate-form", "migrate-form:reason", tooLong,
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "migrate-form:migrate",
                "jakarta.faces.partial.execute", "migrate-form", "jakarta.faces.partial.render", "migrate-form messages",
                "migrate-form:migrate", "migrate-form:migrate");
        assertThat(StepPage.messageFor(migrated, "migrate-form:reason"))
                .isEqualTo("Shorten this text to " + ModelChange.REASON_LENGTH + " characters or fewer.");
        assertThat(StepPage.valueOf(migrated, "migrate-form:reason")).isEqualTo(tooLong);
    }

    private static String post(Browserless browser, String path, String page, String... namesAndValues) throws Exception {
        List<String> form = new java.util.ArrayList<>(List.of(namesAndValues));
        form.addAll(StepPage.viewState(page));
        var response = browser.postForm(path, form.toArray(String[]::new));
        assertNoErrorPage(response, path);
        return response.body();
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static String first(String text, String regex) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }

    private static void assertNoErrorPage(java.net.http.HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as("%s: status", what.length() > 80 ? what.substring(0, 80) : what).isNotEqualTo(500);
        assertThat(response.body()).as("%s: no error page", what.length() > 80 ? what.substring(0, 80) : what)
                .doesNotContain("id=\"server-error\"");
    }

    /**
     * For each field: the page caps it (maxlength from the column), and a post with one character more
     * gets the message next to that field, keeps the other values and writes nothing, on "Complete" and on
     * "Save draft". Then the valid form saves a draft and completes.
     */
    private void refusesOverLongText(String step, String user, String page, Map<String, List<String>> valid,
                                     Map<String, Integer> limits, boolean hasDraft) throws Exception {
        String[] fixture = stepFixture(step);
        String caseId = fixture[0];
        String taskId = fixture[1];
        String untouched = written(caseId, taskId);
        assertThat(untouched).contains("drafts=0", "task=open");
        StepPage form = new StepPage(loggedIn(user), page, taskId);

        for (Map.Entry<String, Integer> limit : limits.entrySet()) {
            String field = limit.getKey();
            String opened = form.open();
            assertThat(StepPage.attribute(opened, field, "maxlength")).as("maxlength of %s", field)
                    .isEqualTo(Integer.toString(limit.getValue()));
            Map<String, List<String>> tooLong = new LinkedHashMap<>(valid);
            tooLong.put(field, List.of("x".repeat(limit.getValue() + 1)));

            assertRefused(form.submit("task:complete", tooLong), field, limit.getValue(), valid);
            assertThat(written(caseId, taskId)).as("after completing with %s too long", field).isEqualTo(untouched);
            if (hasDraft) {
                form.open();
                assertRefused(form.saveDraft(tooLong), field, limit.getValue(), valid);
                assertThat(written(caseId, taskId)).as("after a draft with %s too long", field).isEqualTo(untouched);
            }
        }

        if (hasDraft) {
            form.open();
            assertThat(form.saveDraft(valid)).doesNotContain("Shorten");
            assertThat(written(caseId, taskId)).as("a draft within the limits").contains("drafts=1", "task=open");
        }
        form.open();
        form.submit("task:complete", valid);
        assertThat(written(caseId, taskId)).as("completed within the limits").contains("task=gone");
    }

    private static void assertRefused(String answer, String field, int limit, Map<String, List<String>> valid) {
        assertThat(answer).as("no error page").doesNotContain("id=\"server-error\"");
        assertThat(StepPage.messageFor(answer, field)).as("message next to %s", field)
                .isEqualTo("Shorten this text to " + limit + " characters or fewer.");
        assertThat(StepPage.valueOf(answer, field)).as("%s as typed", field).hasSize(limit + 1);
        int kept = 0;
        for (Map.Entry<String, List<String>> other : valid.entrySet()) {
            String shown = StepPage.valueOf(answer, other.getKey());
            if (!other.getKey().equals(field) && shown != null) {
                assertThat(shown).as("%s kept while %s is too long", other.getKey(), field).isEqualTo(other.getValue().get(0));
                kept++;
            }
        }
        assertThat(kept).as("other fields shown with what was typed").isEqualTo(valid.size() - (valid.containsKey(field) ? 1 : 0));
    }

    private String[] stepFixture(String step) throws Exception {
        var response = new Browserless(base).postForm("it/step", "step", step, "employee", "E006");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().split(" ");
    }

    private String written(String caseId, String taskId) throws Exception {
        return new Browserless(base).get("it/step?caseId=" + caseId + "&taskId=" + taskId).body();
    }

    private Browserless loggedIn(String user) throws Exception {
        Browserless browser = new Browserless(base);
        browser.login(user, "gapflow");
        return browser;
    }

    private static Map<String, List<String>> values(String... namesAndValues) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        return values;
    }
}
