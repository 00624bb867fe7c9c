package org.gapflow.dashboard;

import java.io.Writer;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.gapflow.training.TeamBudget;
import org.gapflow.training.TeamBudgetLine;
import org.gapflow.workflow.Actor;

/**
 * The dashboard's tables as CSV, headings in the reader's language. Lists are read a page at a time, so a
 * long list never sits in memory whole; the figure services check that the reader is HR.
 */
@ApplicationScoped
public class DashboardCsv {

    static final int CHUNK = 500;

    @Inject
    DashboardGate gate;
    @Inject
    PendingApprovals approvals;
    @Inject
    TrainingReturns returns;
    @Inject
    GapFigures gaps;
    @Inject
    TeamBudget budgets;

    /** Writes the report; texts are the dashboard's and the case view's bundles in the reader's language. */
    public void write(Actor actor, DashboardReport report, List<ResourceBundle> texts, Writer out) {
        gate.require(actor);
        CsvTable csv = new CsvTable(out);
        Texts t = new Texts(texts);
        switch (report) {
            case PENDING_APPROVALS -> {
                csv.row(t.get("col.step"), t.get("col.case"), t.get("col.employee"), t.get("col.team"),
                        t.get("col.requested"), t.get("col.waitingSince"), t.get("col.ageDays"), t.get("col.due"),
                        t.get("col.claimedBy"));
                java.time.Instant now = java.time.Instant.now();
                pages((first, max) -> approvals.page(actor, first, max), row -> csv.row(row.stepName(), row.caseId(),
                        row.employeeName(), row.teamName(), row.requestedCost(), row.waitingSince(),
                        row.age(now).toDays(), row.due(), row.claimedBy()));
            }
            case TEAM_BUDGETS -> {
                csv.row(t.get("col.team"), t.get("col.budget"), t.get("col.committed"), t.get("col.requested"),
                        t.get("col.available"));
                for (TeamBudgetLine line : budgets.perTeam()) {
                    csv.row(line.teamName(), line.budget(), line.committed(), line.requested(), line.available());
                }
            }
            case TRAININGS_IN_PROGRESS -> {
                csv.row(t.get("col.case"), t.get("col.employee"), t.get("col.team"), t.get("col.training"),
                        t.get("col.provider"), t.get("col.start"), t.get("col.end"), t.get("col.cost"), t.get("col.enrolled"));
                pages((first, max) -> returns.inProgress(actor, first, max), row -> csv.row(row.caseId(),
                        row.employeeName(), row.teamName(), row.objective(), row.provider(), row.startDate(),
                        row.endDate(), row.cost(), row.enrolledAt()));
            }
            case EVALUATIONS -> {
                csv.row(t.get("col.case"), t.get("col.employee"), t.get("col.team"), t.get("col.training"),
                        t.get("col.evaluated"), t.get("col.cost"), t.get("col.benefit"), t.get("col.roi"),
                        t.get("col.gapClosed"));
                pages((first, max) -> returns.evaluated(actor, first, max), row -> csv.row(row.caseId(),
                        row.employeeName(), row.teamName(), row.objective(), row.evaluatedAt(), row.cost(),
                        row.benefit(), row.roiPercent(), t.get(row.gapClosed() ? "answer.yes" : "answer.no")));
            }
            case RETURN_BY_TEAM -> {
                csv.row(t.get("col.team"), t.get("col.evaluatedCount"), t.get("col.averageRoi"), t.get("col.benefit"),
                        t.get("col.cost"), t.get("col.overallRoi"));
                for (ReturnFigures f : returns.byTeam(actor)) {
                    csv.row(f.label() == null ? t.get("noTeam") : f.label(), f.evaluated(), f.averageRoiPercent(),
                            f.totalBenefit(), f.totalCost(), f.overallRoiPercent());
                }
            }
            case GAPS_BY_BUSINESS_RESULT -> {
                csv.row(t.get("col.businessResult"), t.get("col.gaps"), t.get("col.cases"), t.get("col.monthlyCost"));
                for (GapTally g : gaps.byBusinessResult(actor)) {
                    csv.row(g.label(), g.gaps(), g.cases(), g.monthlyCost());
                }
            }
            case GAPS_BY_CAUSE -> {
                csv.row(t.get("col.cause"), t.get("col.cases"), t.get("col.analysed"), t.get("col.percent"));
                for (CauseTally c : gaps.byCause(actor)) {
                    csv.row(t.get("cause." + c.getCode()), c.cases(), c.analysed(), c.percent());
                }
            }
            case GAPS_BY_TEAM -> {
                csv.row(t.get("col.team"), t.get("col.gaps"), t.get("col.cases"), t.get("col.monthlyCost"));
                for (GapTally g : gaps.byTeam(actor)) {
                    csv.row(g.label() == null ? t.get("noTeam") : g.label(), g.gaps(), g.cases(), g.monthlyCost());
                }
            }
        }
    }

    private static <T> void pages(BiFunction<Integer, Integer, List<T>> page, Consumer<T> row) {
        for (int first = 0; ; first += CHUNK) {
            List<T> rows = page.apply(first, CHUNK);
            rows.forEach(row);
            if (rows.size() < CHUNK) {
                return;
            }
        }
    }

    /** Looks a heading up in the given bundles, first match wins. */
    private record Texts(List<ResourceBundle> bundles) {
        String get(String key) {
            for (ResourceBundle bundle : bundles) {
                try {
                    return bundle.getString(key);
                } catch (MissingResourceException e) {
                    // next bundle
                }
            }
            return key;
        }
    }
}
