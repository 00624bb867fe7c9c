package org.gapflow.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gapflow.training.TeamBudget;
import org.gapflow.training.TeamBudgetLine;
import org.gapflow.web.CurrentUser;
import org.gapflow.web.PagedRows;

/**
 * app/hr/dashboard.xhtml: pending approvals, team budgets, trainings in progress, return on training and
 * the organisation's gaps. The figures are read once per view (the lists page by page), the charts are
 * built from the same figures the tables show.
 */
@Named
@ViewScoped
public class HrDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** More bars than this stop being readable; the table below the chart lists them all. */
    static final int CHART_BARS = 12;

    @Inject
    CurrentUser currentUser;
    @Inject
    PendingApprovals approvals;
    @Inject
    TrainingReturns returns;
    @Inject
    GapFigures gaps;
    @Inject
    TeamBudget budgets;
    @Inject
    DashboardGate gate;

    private transient Long pendingCount;
    private transient Optional<Instant> oldestPending;
    private transient List<TeamBudgetLine> teamBudgets;
    private transient ReturnFigures overallReturn;
    private transient List<ReturnFigures> returnByTeam;
    private transient List<GapTally> gapsByBusinessResult;
    private transient List<GapTally> gapsByTeam;
    private transient List<CauseTally> gapsByCause;
    private transient Long inProgressCount;

    private final PagedRows<PendingApproval> pendingApprovals = new PagedRows<>(new PagedRows.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return getPendingCount();
        }

        @Override
        public List<PendingApproval> page(int first, int max) {
            return approvals.page(currentUser.actor(), first, max);
        }
    }, PendingApproval::taskId);

    private final PagedRows<TrainingInProgress> trainingsInProgress = new PagedRows<>(new PagedRows.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return getInProgressCount();
        }

        @Override
        public List<TrainingInProgress> page(int first, int max) {
            return returns.inProgress(currentUser.actor(), first, max);
        }
    }, row -> row.specificationId().toString());

    private final PagedRows<EvaluatedTraining> evaluations = new PagedRows<>(new PagedRows.Source<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return getOverallReturn().evaluated();
        }

        @Override
        public List<EvaluatedTraining> page(int first, int max) {
            return returns.evaluated(currentUser.actor(), first, max);
        }
    }, row -> row.evaluationId().toString());

    public long getPendingCount() {
        if (pendingCount == null) {
            pendingCount = approvals.count(currentUser.actor());
        }
        return pendingCount;
    }

    public Instant getOldestPending() {
        if (oldestPending == null) {
            oldestPending = approvals.oldest(currentUser.actor());
        }
        return oldestPending.orElse(null);
    }

    public long getInProgressCount() {
        if (inProgressCount == null) {
            inProgressCount = returns.inProgressCount(currentUser.actor());
        }
        return inProgressCount;
    }

    public List<TeamBudgetLine> getTeamBudgets() {
        if (teamBudgets == null) {
            // TeamBudget itself has no role check: it also serves the approval page
            gate.require(currentUser.actor());
            teamBudgets = budgets.perTeam();
        }
        return teamBudgets;
    }

    public ReturnFigures getOverallReturn() {
        if (overallReturn == null) {
            overallReturn = returns.overall(currentUser.actor());
        }
        return overallReturn;
    }

    public List<ReturnFigures> getReturnByTeam() {
        if (returnByTeam == null) {
            returnByTeam = returns.byTeam(currentUser.actor());
        }
        return returnByTeam;
    }

    public List<GapTally> getGapsByBusinessResult() {
        if (gapsByBusinessResult == null) {
            gapsByBusinessResult = gaps.byBusinessResult(currentUser.actor());
        }
        return gapsByBusinessResult;
    }

    public List<GapTally> getGapsByTeam() {
        if (gapsByTeam == null) {
            gapsByTeam = gaps.byTeam(currentUser.actor());
        }
        return gapsByTeam;
    }

    public List<CauseTally> getGapsByCause() {
        if (gapsByCause == null) {
            gapsByCause = gaps.byCause(currentUser.actor());
        }
        return gapsByCause;
    }

    public PagedRows<PendingApproval> getPendingApprovals() {
        return pendingApprovals;
    }

    public PagedRows<TrainingInProgress> getTrainingsInProgress() {
        return trainingsInProgress;
    }

    public PagedRows<EvaluatedTraining> getEvaluations() {
        return evaluations;
    }

    /** "3 d 4 h", "5 h", "12 min": how long a request has waited. */
    public String age(Instant since) {
        Duration age = since == null ? Duration.ZERO : Duration.between(since, Instant.now());
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        if (age.toDays() > 0) {
            return text("age.days").replace("{0}", Long.toString(age.toDays()))
                    .replace("{1}", Integer.toString(age.toHoursPart()));
        }
        if (age.toHours() > 0) {
            return text("age.hours").replace("{0}", Long.toString(age.toHours()));
        }
        return text("age.minutes").replace("{0}", Long.toString(age.toMinutes()));
    }

    public String getBudgetChart() {
        List<TeamBudgetLine> lines = getTeamBudgets();
        return BarChart.of(lines.stream().map(TeamBudgetLine::teamName).toList())
                .dataset(text("chart.committed"), lines.stream().map(TeamBudgetLine::committed).toList(), BarChart.BLUE)
                .dataset(text("chart.requested"), lines.stream().map(TeamBudgetLine::requested).toList(), BarChart.AMBER)
                // the three parts add up to the budget: what is left once the requests waiting are approved
                .dataset(text("chart.free"), lines.stream()
                        .map(l -> l.available().subtract(l.requested()).max(BigDecimal.ZERO)).toList(), BarChart.GREEN)
                .stacked().toJson();
    }

    public String getReturnChart() {
        List<ReturnFigures> teams = getReturnByTeam();
        return BarChart.of(teams.stream().map(f -> f.label() == null ? text("noTeam") : f.label()).toList())
                .dataset(text("chart.averageRoi"), teams.stream().map(ReturnFigures::averageRoiPercent).toList(), BarChart.BLUE)
                .dataset(text("chart.overallRoi"), teams.stream().map(ReturnFigures::overallRoiPercent).toList(), BarChart.GREEN)
                .toJson();
    }

    public String getBusinessResultChart() {
        List<GapTally> top = getGapsByBusinessResult().stream().limit(CHART_BARS).toList();
        return BarChart.of(top.stream().map(GapTally::label).toList())
                .dataset(text("chart.monthlyCost"), top.stream().map(GapTally::monthlyCost).toList(), BarChart.RED)
                .horizontal().toJson();
    }

    public String getTeamGapChart() {
        List<GapTally> teams = getGapsByTeam();
        return BarChart.of(teams.stream().map(g -> g.label() == null ? text("noTeam") : g.label()).toList())
                .dataset(text("chart.monthlyCost"), teams.stream().map(GapTally::monthlyCost).toList(), BarChart.RED)
                .toJson();
    }

    public String getCauseChart() {
        List<CauseTally> causes = getGapsByCause();
        ResourceBundle caseTexts = bundle("caseMsg");
        return BarChart.of(causes.stream().map(c -> caseTexts.getString("cause." + c.getCode())).toList())
                .dataset(text("chart.cases"), causes.stream().map(CauseTally::cases).toList(), BarChart.BLUE)
                .horizontal().toJson();
    }

    private String text(String key) {
        return bundle("hrMsg").getString(key);
    }

    private static ResourceBundle bundle(String name) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, name);
    }
}
