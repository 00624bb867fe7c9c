package org.gapflow.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gapflow.training.SpecificationStatus;
import org.gapflow.workflow.Actor;

/** Trainings in progress and the return of evaluated ones: totals and averages are grouped queries. */
@ApplicationScoped
public class TrainingReturns {

    @Inject
    DashboardGate gate;
    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    public long inProgressCount(Actor actor) {
        gate.require(actor);
        return entityManager.createQuery("select count(s) from TrainingSpecification s where s.status = :enrolled", Long.class)
                .setParameter("enrolled", SpecificationStatus.ENROLLED).getSingleResult();
    }

    /** Enrolled and not evaluated, the soonest to end first. */
    public List<TrainingInProgress> inProgress(Actor actor, int first, int max) {
        gate.require(actor);
        return entityManager.createQuery(
                        "select s.id, c.id, e.fullName, t.name, s.objectiveBehaviour, s.provider, s.startDate, s.endDate, "
                                + "(select sum(l.amount) from CostLine l where l.specification = s), en.enrolledAt "
                                + "from TrainingSpecification s join s.reviewCase c join c.employee e left join e.team t "
                                + "left join Enrolment en on en.specification = s "
                                + "where s.status = :enrolled order by s.endDate, s.id", Object[].class)
                .setParameter("enrolled", SpecificationStatus.ENROLLED)
                .setFirstResult(first).setMaxResults(max)
                .getResultStream()
                .map(r -> new TrainingInProgress((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (LocalDate) r[6], (LocalDate) r[7], money(r[8]), (Instant) r[9]))
                .toList();
    }

    /** All evaluated trainings together. */
    public ReturnFigures overall(Actor actor) {
        gate.require(actor);
        Object[] r = entityManager.createQuery("select count(v), avg(v.roiPercent), sum(v.benefit), sum(v.fullyLoadedCost) "
                + "from Evaluation v", Object[].class).getSingleResult();
        return figures(null, r[0], r[1], r[2], r[3]);
    }

    /** Per team of the employee (employees without a team together, label null), teams by name. */
    public List<ReturnFigures> byTeam(Actor actor) {
        gate.require(actor);
        return entityManager.createQuery(
                        "select t.name, count(v), avg(v.roiPercent), sum(v.benefit), sum(v.fullyLoadedCost) "
                                + "from Evaluation v join v.reviewCase c join c.employee e left join e.team t "
                                + "group by t.id, t.name order by t.name", Object[].class)
                .getResultStream()
                .map(r -> figures((String) r[0], r[1], r[2], r[3], r[4]))
                .toList();
    }

    public long evaluatedCount(Actor actor) {
        gate.require(actor);
        return entityManager.createQuery("select count(v) from Evaluation v", Long.class).getSingleResult();
    }

    /** Evaluated trainings, the latest first. */
    public List<EvaluatedTraining> evaluated(Actor actor, int first, int max) {
        gate.require(actor);
        return entityManager.createQuery(
                        "select v.id, c.id, e.fullName, t.name, s.objectiveBehaviour, v.evaluatedAt, v.fullyLoadedCost, "
                                + "v.benefit, v.roiPercent, v.gapClosed from Evaluation v join v.reviewCase c "
                                + "join c.employee e left join e.team t join v.specification s "
                                + "order by v.evaluatedAt desc, v.id desc", Object[].class)
                .setFirstResult(first).setMaxResults(max)
                .getResultStream()
                .map(r -> new EvaluatedTraining((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (Instant) r[5], (BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8], (Boolean) r[9]))
                .toList();
    }

    private static ReturnFigures figures(String label, Object count, Object average, Object benefit, Object cost) {
        BigDecimal averageRoi = average == null ? null
                : new BigDecimal(average.toString()).setScale(2, RoundingMode.HALF_UP);
        return new ReturnFigures(label, ((Number) count).longValue(), averageRoi, money(benefit), money(cost));
    }

    static BigDecimal money(Object sum) {
        if (sum == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return (sum instanceof BigDecimal b ? b : new BigDecimal(sum.toString())).setScale(2, RoundingMode.HALF_UP);
    }
}
