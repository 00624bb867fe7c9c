package org.gapflow.review.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gapflow.review.CaseListFilter;
import org.gapflow.review.CaseListRow;
import org.gapflow.review.ReviewCase;
import org.gapflow.review.VisibleCases;
import org.gapflow.solution.CauseProblem;
import org.gapflow.solution.SolutionChoice;
import org.gapflow.testing.Browserless;
import org.gapflow.testing.CycleDriver;
import org.gapflow.testing.CycleFixtureServlet;
import org.gapflow.testing.GapFlowDeployment;
import org.gapflow.training.ApprovalOutcome;
import org.gapflow.workflow.Actor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case view's rules and content on the real server: who may open a case (and that a guessed number
 * tells nothing), the case lists, and the timeline, diagram and records after steps driven through the
 * services.
 */
@ExtendWith(ArquillianExtension.class)
class CaseViewIT {

    static final Actor MARK = new Actor("mark", Set.of("manager"));
    static final Actor SOFIA = new Actor("sofia", Set.of("manager"));
    static final Actor DANA = new Actor("dana", Set.of("manager"));
    static final Actor HANA = new Actor("hana", Set.of("hr"));
    static final Actor LENA = new Actor("lena", Set.of("hr", "hr-lead"));
    static final Actor PAT = new Actor("pat", Set.of("process-owner"));
    static final Actor ADAM = new Actor("adam", Set.of("admin"));

    @Deployment
    static WebArchive deployment() {
        return GapFlowDeployment.war(CaseViewIT.class, CycleDriver.class, CycleDriver.Organisation.class,
                CycleFixtureServlet.class, Browserless.class);
    }

    @Inject
    CaseFiles files;
    @Inject
    VisibleCases visibleCases;
    @Inject
    CycleDriver cycle;
    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Test
    void aCaseIsShownToItsReportingLineAndToHrOnly() {
        ReviewCase alice = cycle.start(MARK, cycle.employee("E005"));

        assertThat(files.open(MARK, alice.getId())).as("her manager").isPresent();
        assertThat(files.open(DANA, alice.getId())).as("her manager's manager").isPresent();
        assertThat(files.open(HANA, alice.getId())).as("HR").isPresent();
        assertThat(files.open(LENA, alice.getId())).as("HR lead").isPresent();
        assertThat(files.open(SOFIA, alice.getId())).as("another team's manager").isEmpty();
        assertThat(files.open(PAT, alice.getId())).as("process owner").isEmpty();
        assertThat(files.open(ADAM, alice.getId())).as("administrator").isEmpty();

        long guessed = entityManager.createQuery("select max(c.id) from ReviewCase c", Long.class).getSingleResult() + 1000;
        assertThat(files.open(HANA, guessed)).as("a number no case has").isEmpty();
        assertThat(files.open(HANA, null)).isEmpty();
        assertThat(files.open(MARK, alice.getId()).orElseThrow().header().employeeName()).isEqualTo("Alice Archer");
    }

    @Test
    void theCaseListHoldsTheReportingLineForManagersAndEverythingForHr() {
        ReviewCase alice = cycle.start(MARK, cycle.employee("E005"));
        ReviewCase farid = cycle.start(SOFIA, cycle.employee("E010"));

        assertThat(ids(MARK, CaseListFilter.all())).contains(alice.getId()).doesNotContain(farid.getId());
        assertThat(ids(DANA, CaseListFilter.all())).contains(alice.getId(), farid.getId());
        assertThat(ids(SOFIA, CaseListFilter.all())).contains(farid.getId()).doesNotContain(alice.getId());
        assertThat(ids(HANA, CaseListFilter.all())).contains(alice.getId(), farid.getId());
        assertThat(visibleCases.count(PAT, CaseListFilter.all())).isZero();
        assertThat(visibleCases.count(MARK, CaseListFilter.all())).isEqualTo(ids(MARK, CaseListFilter.all()).size());

        CaseListFilter alices = new CaseListFilter("alice ARCH", CaseListFilter.State.OPEN);
        List<CaseListRow> firstPage = visibleCases.page(MARK, alices, 0, 1);
        assertThat(firstPage).hasSize(1);
        assertThat(firstPage.get(0).caseId()).as("newest first").isEqualTo(alice.getId());
        assertThat(firstPage.get(0).managerName()).isEqualTo("Mark Manning");
        assertThat(firstPage.get(0).teamName()).isEqualTo("Customer Service");
        assertThat(visibleCases.count(MARK, alices)).isGreaterThanOrEqualTo(1);
        assertThat(ids(MARK, new CaseListFilter("Alice", CaseListFilter.State.CLOSED))).doesNotContain(alice.getId());
        assertThat(ids(MARK, new CaseListFilter("100%_", CaseListFilter.State.ALL))).as("wildcards are text").isEmpty();
    }

    @Test
    void theTimelineTellsWhoDidWhatWhenAndWhy() {
        // a team of its own: its budget decides the approval route, whatever other tests committed elsewhere
        CycleDriver.Organisation team = cycle.newTeam("Timeline", new java.math.BigDecimal("10000"));
        Actor manager = team.manager();
        ReviewCase ben = cycle.start(manager, team.employeeIds().get(0));
        cycle.identifyGap(manager, ben, "Customer satisfaction (NPS)", "1500");
        cycle.analyseCausesPointingToTraining(manager, ben);
        cycle.chooseTrainingAndCoaching(manager, ben);
        cycle.specify(manager, ben, "1200");
        cycle.decideAsHr(HANA, ben, ApprovalOutcome.SENT_BACK, "Add the travel cost.");
        cycle.remind(ben, "SpecifyTraining", manager.userId());
        cycle.comment(ben, "SpecifyTraining", manager.userId(), "Asked Acme for the travel estimate.");

        assertThat(files.open(MARK, ben.getId())).as("another team's manager").isEmpty();
        CaseFile file = files.open(manager, ben.getId()).orElseThrow();
        List<TimelineEntry> timeline = file.timeline();
        PhraseText english = english();

        assertThat(timeline.get(0).kind()).isEqualTo(TimelineKind.CASE_OPENED);
        assertThat(timeline.get(0).actorName()).isEqualTo(team.managerName());
        assertThat(timeline).extracting(TimelineEntry::at).isSorted();

        TimelineEntry identified = only(timeline, TimelineKind.STEP_DONE, "IdentifyGaps");
        assertThat(identified.actor()).isEqualTo(manager.userId());
        assertThat(english.write(identified.outcome())).isEqualTo("Gaps recorded: 1");

        TimelineEntry analysed = only(timeline, TimelineKind.STEP_DONE, "AnalyseCauses");
        assertThat(english.write(analysed.outcome())).isEqualTo("Causes found: Never could do it (skill or knowledge)");
        assertThat(english.write(analysed.why())).isEqualTo("New product range");

        TimelineEntry recommended = only(timeline, TimelineKind.DECISION, "RecommendSolutions");
        assertThat(english.write(recommended.outcome())).isEqualTo("Recommended: Training");
        assertThat(english.write(recommended.why())).isEqualTo("Training: A genuine skill gap the employee has the potential to close.");

        TimelineEntry chosen = only(timeline, TimelineKind.STEP_DONE, "ChooseSolutions");
        assertThat(english.write(chosen.outcome())).isEqualTo("Chosen: Training, Coaching and feedback");
        assertThat(english.write(chosen.why()))
                .isEqualTo("Coaching and feedback chosen though not recommended: " + CycleDriver.COACHING_REASON);

        TimelineEntry specified = only(timeline, TimelineKind.STEP_DONE, "SpecifyTraining");
        assertThat(english.write(specified.outcome())).isEqualTo("Revision 1, total cost 1,200.00");

        TimelineEntry route = only(timeline, TimelineKind.DECISION, "DetermineApprovalRoute");
        assertThat(english.write(route.outcome())).isEqualTo("HR decides alone");
        assertThat(english.write(route.why())).as("the rule's description").isNotBlank();

        TimelineEntry sentBack = only(timeline, TimelineKind.STEP_DONE, "ApproveByHr");
        assertThat(sentBack.actor()).isEqualTo("hana");
        assertThat(sentBack.actorName()).isEqualTo("Hana Hartmann");
        assertThat(english.write(sentBack.outcome())).isEqualTo("Sent back for revision");
        assertThat(english.write(sentBack.why())).isEqualTo("Add the travel cost.");

        TimelineEntry waiting = only(timeline, TimelineKind.STEP_OPEN, "SpecifyTraining");
        assertThat(waiting.actor()).isEqualTo(manager.userId());
        assertThat(english.write(waiting.outcome())).startsWith("Due ");

        TimelineEntry reminder = timeline.stream().filter(e -> e.kind() == TimelineKind.REMINDER).findFirst().orElseThrow();
        assertThat(reminder.name()).isEqualTo("Specify training");
        assertThat(reminder.actorName()).isEqualTo(team.managerName());
        TimelineEntry comment = timeline.stream().filter(e -> e.kind() == TimelineKind.COMMENT).findFirst().orElseThrow();
        assertThat(english.write(comment.why())).isEqualTo("Asked Acme for the travel estimate.");
        assertThat(timeline.indexOf(identified)).isLessThan(timeline.indexOf(analysed));
        assertThat(timeline.indexOf(chosen)).isLessThan(timeline.indexOf(specified));
        assertThat(timeline.indexOf(sentBack)).isLessThan(timeline.indexOf(waiting) + 1);
        assertThat(timeline).noneMatch(e -> e.kind() == TimelineKind.CASE_CLOSED);

        CaseDiagram diagram = file.diagram();
        assertThat(diagram.currentActivityIds()).containsExactly("SpecifyTraining");
        assertThat(diagram.currentActivityNames()).containsExactly("Specify training");
        assertThat(diagram.passedActivityIds()).contains("IdentifyGaps", "AnalyseCauses", "ApproveByHr")
                .doesNotContain("SpecifyTraining");
        assertThat(diagram.xml()).contains("id=\"SpecifyTraining\"");

        CaseRecords records = file.records();
        assertThat(records.gaps()).hasSize(1);
        assertThat(records.causesFound()).containsExactly(CauseProblem.NEVER_COULD_DO_IT);
        assertThat(records.solutions()).filteredOn(SolutionChoice::isOverride)
                .extracting(SolutionChoice::getSolutionCode).containsExactly("coaching");
        assertThat(records.trainingRequests()).hasSize(1);
        assertThat(records.trainingRequests().get(0).decisions()).singleElement()
                .satisfies(d -> assertThat(d.getReason()).isEqualTo("Add the travel cost."));
        assertThat(records.trainingRequests().get(0).specification().getCostLines()).hasSize(1);
        assertThat(file.header().managerName()).isEqualTo(team.managerName());
        assertThat(file.header().teamName()).isEqualTo(team.teamName());
    }

    @Test
    @RunAsClient
    void thePageChecksEveryRequestAndAGuessedNumberShowsNothing(@ArquillianResource URL base) throws Exception {
        String caseId = new Browserless(base).postForm("it/cycle", "employee", "E005", "upTo", "started").body();

        HttpResponse<String> mark = as(base, "mark").get("app/cases/view.xhtml?caseId=" + caseId);
        assertThat(mark.statusCode()).isEqualTo(200);
        assertThat(mark.body()).contains("Alice Archer").contains("id=\"case-diagram\"").contains("data-current=\"IdentifyGaps\"");
        assertThat(as(base, "hana").get("app/cases/view.xhtml?caseId=" + caseId).body()).contains("Alice Archer");

        for (String outsider : List.of("sofia", "pat", "adam")) {
            HttpResponse<String> refused = as(base, outsider).get("app/cases/view.xhtml?caseId=" + caseId);
            assertThat(refused.statusCode()).as(outsider).isEqualTo(404);
            assertThat(refused.body()).as(outsider).contains("Case not available").doesNotContain("Alice Archer")
                    .doesNotContain("case-diagram");
        }
        Browserless markAgain = as(base, "mark");
        HttpResponse<String> guessed = markAgain.get("app/cases/view.xhtml?caseId=" + (Long.parseLong(caseId) + 1_000_000));
        assertThat(guessed.statusCode()).isEqualTo(404);
        assertThat(guessed.body()).contains("Case not available");
        assertThat(markAgain.get("app/cases/view.xhtml?caseId=%3Cscript%3E").statusCode()).isEqualTo(404);
        assertThat(as(base, "eve").get("app/cases/view.xhtml?caseId=" + caseId).statusCode()).as("no GapFlow role").isEqualTo(403);

        assertThat(markAgain.get("app/cases/index.xhtml?employee=Alice").body())
                .contains("caseId=" + caseId + "\"").contains("My team's cases");
        assertThat(as(base, "sofia").get("app/cases/index.xhtml?employee=Alice").body()).doesNotContain("caseId=" + caseId + "\"");
    }

    private static Browserless as(URL base, String user) throws Exception {
        Browserless browser = new Browserless(base);
        browser.login(user, "gapflow");
        return browser;
    }

    private List<Long> ids(Actor actor, CaseListFilter filter) {
        return visibleCases.page(actor, filter, 0, 10_000).stream().map(CaseListRow::caseId).toList();
    }

    private static TimelineEntry only(List<TimelineEntry> timeline, TimelineKind kind, String activityId) {
        return timeline.stream().filter(e -> e.kind() == kind && activityId.equals(e.activityId()))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + kind + " " + activityId);
                })
                .orElseThrow(() -> new AssertionError("no " + kind + " " + activityId + " in " + timeline));
    }

    private static PhraseText english() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        return new PhraseText(Locale.ENGLISH, ZoneId.of("UTC"),
                ResourceBundle.getBundle("org.gapflow.web.cases", Locale.ENGLISH, noFallback),
                ResourceBundle.getBundle("org.gapflow.web.steps", Locale.ENGLISH, noFallback));
    }
}
