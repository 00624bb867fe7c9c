package org.gapflow.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gapflow.review.CaseStatus;
import org.gapflow.solution.CauseProblem;
import org.gapflow.workflow.Actor;

/**
 * Performance gaps across the organisation, counted by the database: by business result, by team, and
 * the causes the analyses found. A gap reopened into a new cycle is carried over into the new case, so
 * cases closed as reopened are left out: each gap counts once, in its latest cycle.
 */
@ApplicationScoped
public class GapFigures {

    static final CaseStatus SUPERSEDED = CaseStatus.CLOSED_REOPENED;

    @Inject
    DashboardGate gate;
    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    /**
     * Business results by what their gaps cost a month, highest first. Spellings that differ only in case
     * count as one, named by the spelling with the most lower case ("NPS" typed once in capitals does not
     * rename it).
     */
    public List<GapTally> byBusinessResult(Actor actor) {
        gate.require(actor);
        return entityManager.createQuery(
                        "select max(g.businessResult), count(g), count(distinct c.id), sum(g.monthlyCost) "
                                + "from PerformanceGap g join g.reviewCase c where c.status <> :superseded "
                                + "group by lower(g.businessResult) order by sum(g.monthlyCost) desc, max(g.businessResult)",
                        Object[].class)
                .setParameter("superseded", SUPERSEDED)
                .getResultStream().map(GapFigures::tally).toList();
    }

    /** Teams of the employees (those without a team together, label null), by what their gaps cost a month. */
    public List<GapTally> byTeam(Actor actor) {
        gate.require(actor);
        return entityManager.createQuery(
                        "select t.name, count(g), count(distinct c.id), sum(g.monthlyCost) "
                                + "from PerformanceGap g join g.reviewCase c join c.employee e left join e.team t "
                                + "where c.status <> :superseded group by t.id, t.name "
                                + "order by sum(g.monthlyCost) desc, t.name", Object[].class)
                .setParameter("superseded", SUPERSEDED)
                .getResultStream().map(GapFigures::tally).toList();
    }

    /** Every cause with the number of analysed cases that found it, most frequent first; one query. */
    public List<CauseTally> byCause(Actor actor) {
        gate.require(actor);
        // one sum per cause: "case when a.feedbackGiven = false then 1 else 0 end"; names from the enum, not input
        String sums = Arrays.stream(CauseProblem.values())
                .map(p -> "sum(case when a." + p.field() + " = " + p.problemAnswer() + " then 1 else 0 end)")
                .collect(Collectors.joining(", "));
        Object[] row = entityManager.createQuery("select count(a), " + sums
                        + " from CauseAnalysis a join a.reviewCase c where c.status <> :superseded", Object[].class)
                .setParameter("superseded", SUPERSEDED)
                .getSingleResult();
        long analysed = ((Number) row[0]).longValue();
        List<CauseTally> tallies = new ArrayList<>();
        CauseProblem[] causes = CauseProblem.values();
        for (int i = 0; i < causes.length; i++) {
            tallies.add(new CauseTally(causes[i], row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue(), analysed));
        }
        tallies.sort((a, b) -> Long.compare(b.cases(), a.cases()));
        return tallies;
    }

    private static GapTally tally(Object[] r) {
        return new GapTally((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                TrainingReturns.money(r[3]));
    }
}
