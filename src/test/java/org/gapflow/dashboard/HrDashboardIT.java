package org.gapflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.gapflow.review.CaseStatus;
import org.gapflow.review.ReviewCase;
import org.gapflow.platform.NotAllowedException;
import org.gapflow.solution.CauseProblem;
import org.gapflow.testing.Browserless;
import org.gapflow.testing.CycleDriver;
import org.gapflow.testing.GapFlowDeployment;
import org.gapflow.testing.MailCatcher;
import org.gapflow.training.ApprovalOutcome;
import org.gapflow.training.Evaluation;
import org.gapflow.training.TeamBudget;
import org.gapflow.training.TeamBudgetLine;
import org.gapflow.workflow.Actor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HR dashboard's figures against data the test creates in a team of its own (so other tests' cases
 * do not mix in): budget committed and available, trainings in progress, ROI, gaps by business result,
 * cause and team, pending approvals; the CSV export; and that only HR gets any of it.
 */
@ExtendWith(ArquillianExtension.class)
class HrDashboardIT {

    static final Actor HANA = new Actor("hana", Set.of("hr"));
    static final Actor LENA = new Actor("lena", Set.of("hr", "hr-lead"));
    static final Actor MARK = new Actor("mark", Set.of("manager"));
    static final Actor PAT = new Actor("pat", Set.of("process-owner"));

    @Deployment
    static WebArchive deployment() {
        return GapFlowDeployment.war(HrDashboardIT.class, CycleDriver.class, CycleDriver.Organisation.class,
                        MailCatcher.class, Browserless.class)
                .addAsLibrary(GapFlowDeployment.jarOf(com.icegreen.greenmail.util.GreenMail.class));
    }

    @Inject
    CycleDriver cycle;
    @Inject
    PendingApprovals pending;
    @Inject
    TrainingReturns returns;
    @Inject
    GapFigures gaps;
    @Inject
    TeamBudget budgets;
    @Inject
    DashboardCsv csv;

    @Test
    void theFiguresFollowTheCasesOfATeam() throws Exception {
        CycleDriver.Organisation team = cycle.newTeam("Dashboard", new BigDecimal("10000"));
        Actor manager = team.manager();
        String result = "Dashboard KPI " + team.teamName();
        Map<CauseProblem, CauseTally> causesBefore = byCause(gaps.byCause(HANA));

        // first case: training of 2,000 approved by HR alone, enrolled, then evaluated
        ReviewCase first = cycle.start(HANA, team.employeeIds().get(0));
        cycle.identifyGap(manager, first, result, "1000");
        cycle.analyseCausesPointingToTraining(manager, first);
        cycle.chooseTraining(manager, first);
        cycle.specify(manager, first, "2000");
        cycle.decideAsHr(HANA, first, ApprovalOutcome.APPROVED, null);
        cycle.awaitStatus(first, CaseStatus.AWAITING_EVALUATION);
        assertThat(returns.inProgress(HANA, 0, 10_000)).as("enrolled, not evaluated")
                .anySatisfy(t -> {
                    assertThat(t.caseId()).isEqualTo(first.getId());
                    assertThat(t.teamName()).isEqualTo(team.teamName());
                    assertThat(t.cost()).isEqualByComparingTo("2000");
                    assertThat(t.enrolledAt()).isNotNull();
                });
        long inProgress = returns.inProgressCount(HANA);
        cycle.fireTimer(first, "TrainingEnded");
        cycle.fireTimer(first, "EvaluationDelayPassed");
        // (74 - 60) x 100 x 12 x 0.5 x 0.8 = 6,720 against 2,000: ROI 236 %
        Evaluation evaluation = cycle.evaluate(manager, first, "74", true);
        assertThat(evaluation.getRoiPercent()).isEqualByComparingTo("236");
        assertThat(returns.inProgressCount(HANA)).isEqualTo(inProgress - 1);
        assertThat(returns.inProgress(HANA, 0, 10_000)).noneMatch(t -> t.caseId().equals(first.getId()));

        // second case: 1,500 requested, waiting for HR
        ReviewCase second = cycle.start(HANA, team.employeeIds().get(1));
        cycle.identifyGap(manager, second, result.toUpperCase(Locale.ROOT), "500");
        cycle.analyseCausesPointingToTraining(manager, second);
        cycle.chooseTraining(manager, second);
        cycle.specify(manager, second, "1500");

        TeamBudgetLine budget = budgets.perTeam().stream().filter(b -> b.teamId().equals(team.teamId())).findFirst().orElseThrow();
        assertThat(budget.budget()).isEqualByComparingTo("10000");
        assertThat(budget.committed()).isEqualByComparingTo("2000");
        assertThat(budget.requested()).isEqualByComparingTo("1500");
        assertThat(budget.available()).isEqualByComparingTo("8000");
        assertThat(budget.committedPercent()).isEqualByComparingTo("20.0");

        ReturnFigures teamReturn = returns.byTeam(HANA).stream().filter(f -> team.teamName().equals(f.label()))
                .findFirst().orElseThrow();
        assertThat(teamReturn.evaluated()).isEqualTo(1);
        assertThat(teamReturn.averageRoiPercent()).isEqualByComparingTo("236");
        assertThat(teamReturn.totalBenefit()).isEqualByComparingTo("6720");
        assertThat(teamReturn.totalCost()).isEqualByComparingTo("2000");
        assertThat(teamReturn.overallRoiPercent()).isEqualByComparingTo("236");
        assertThat(returns.overall(LENA).evaluated()).isGreaterThanOrEqualTo(1);
        assertThat(returns.evaluated(HANA, 0, 10_000)).anySatisfy(e -> {
            assertThat(e.caseId()).isEqualTo(first.getId());
            assertThat(e.roiPercent()).isEqualByComparingTo("236");
            assertThat(e.gapClosed()).isTrue();
        });

        GapTally byResult = gaps.byBusinessResult(HANA).stream().filter(g -> result.equalsIgnoreCase(g.label()))
                .findFirst().orElseThrow();
        assertThat(byResult.gaps()).as("both spellings count as one business result").isEqualTo(2);
        assertThat(byResult.cases()).isEqualTo(2);
        assertThat(byResult.monthlyCost()).isEqualByComparingTo("1500");
        GapTally byTeam = gaps.byTeam(HANA).stream().filter(g -> team.teamName().equals(g.label())).findFirst().orElseThrow();
        assertThat(byTeam.gaps()).isEqualTo(2);
        assertThat(byTeam.monthlyCost()).isEqualByComparingTo("1500");
        Map<CauseProblem, CauseTally> causesAfter = byCause(gaps.byCause(HANA));
        assertThat(causesAfter.get(CauseProblem.NEVER_COULD_DO_IT).cases()
                - causesBefore.get(CauseProblem.NEVER_COULD_DO_IT).cases()).isEqualTo(2);
        assertThat(causesAfter.get(CauseProblem.OBSTACLES).cases()
                - causesBefore.get(CauseProblem.OBSTACLES).cases()).isZero();
        assertThat(causesAfter.get(CauseProblem.OBSTACLES).analysed()
                - causesBefore.get(CauseProblem.OBSTACLES).analysed()).isEqualTo(2);

        PendingApproval waiting = pending.page(HANA, 0, 10_000).stream()
                .filter(p -> second.getId().equals(p.caseId())).findFirst().orElseThrow();
        assertThat(waiting.stepKey()).isEqualTo("ApproveByHr");
        assertThat(waiting.employeeName()).startsWith("Employee 2");
        assertThat(waiting.teamName()).isEqualTo(team.teamName());
        assertThat(waiting.requestedCost()).isEqualByComparingTo("1500");
        assertThat(waiting.claimedBy()).isNull();
        assertThat(waiting.waitingSince()).isBeforeOrEqualTo(java.time.Instant.now());
        assertThat(pending.count(HANA)).isGreaterThanOrEqualTo(1);
        assertThat(pending.oldest(HANA)).isPresent();

        String byResultCsv = export(DashboardReport.GAPS_BY_BUSINESS_RESULT);
        assertThat(byResultCsv).startsWith("Business result,Gaps,Cases,Monthly cost\r\n")
                .containsPattern("(?i)\r\n" + java.util.regex.Pattern.quote(result) + ",2,2,1500\\.00\r\n");
        assertThat(export(DashboardReport.TEAM_BUDGETS))
                .contains("\r\n" + team.teamName() + ",10000.00,2000.00,1500.00,8000.00\r\n");
        assertThat(export(DashboardReport.RETURN_BY_TEAM)).contains("\r\n" + team.teamName() + ",1,236.00,6720.00,2000.00,236.00\r\n");
        assertThat(export(DashboardReport.PENDING_APPROVALS)).contains(",Employee 2 ").contains(",1500.00,");
        assertThat(export(DashboardReport.EVALUATIONS)).contains(",236.00,Yes\r\n");
        assertThat(export(DashboardReport.GAPS_BY_CAUSE)).contains("Never could do it (skill or knowledge),");
    }

    @Test
    void nobodyButHrGetsTheFigures() {
        for (Actor other : List.of(MARK, PAT)) {
            assertThatThrownBy(() -> gaps.byTeam(other)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> gaps.byCause(other)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> pending.page(other, 0, 10)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> returns.overall(other)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> csv.write(other, DashboardReport.TEAM_BUDGETS, List.of(), new StringWriter()))
                    .isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    @RunAsClient
    void thePageAndTheDownloadsAreForHrOnly(@ArquillianResource URL base) throws Exception {
        Browserless hana = new Browserless(base);
        hana.login("hana", "gapflow");
        HttpResponse<String> download = hana.get("app/hr/export?report=gaps-by-team");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment; filename=\"gapflow-gaps-by-team-"));
        assertThat(download.body()).startsWith("\uFEFFTeam,Gaps,Cases,Monthly cost\r\n");
        assertThat(hana.get("app/hr/export?report=no-such-report").statusCode()).isEqualTo(404);
        HttpResponse<String> page = hana.get("app/hr/dashboard.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"budget-chart\"").contains("PrimeFaces.cw(\"Chart\"")
                .doesNotContainPattern("\\son[a-z]+=\"");

        Browserless mark = new Browserless(base);
        mark.login("mark", "gapflow");
        assertThat(mark.get("app/hr/export?report=gaps-by-team").statusCode()).isEqualTo(403);
        assertThat(mark.get("app/hr/dashboard.xhtml").statusCode()).isEqualTo(403);
        assertThat(mark.get("app/home.xhtml").body()).doesNotContain("nav-dashboard");
        assertThat(hana.get("app/home.xhtml").body()).contains("nav-dashboard");
    }

    private String export(DashboardReport report) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
        StringWriter out = new StringWriter();
        csv.write(HANA, report, List.of(ResourceBundle.getBundle("org.gapflow.web.dashboard", Locale.ENGLISH, noFallback),
                ResourceBundle.getBundle("org.gapflow.web.cases", Locale.ENGLISH, noFallback)), out);
        return out.toString();
    }

    private static Map<CauseProblem, CauseTally> byCause(List<CauseTally> tallies) {
        return tallies.stream().collect(Collectors.toMap(CauseTally::cause, Function.identity()));
    }
}
