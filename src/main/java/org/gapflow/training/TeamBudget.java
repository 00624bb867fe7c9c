package org.gapflow.training;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gapflow.people.Team;

/** A team's training budget: committed by approved trainings, and what is left. */
@ApplicationScoped
public class TeamBudget {

    static final List<SpecificationStatus> COMMITTED = List.of(
            SpecificationStatus.APPROVED, SpecificationStatus.ENROLLED, SpecificationStatus.EVALUATED);

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    public BigDecimal committed(Team team) {
        BigDecimal sum = entityManager.createQuery(
                        "select sum(l.amount) from CostLine l join l.specification s "
                                + "where s.reviewCase.employee.team = :t and s.status in :committed", BigDecimal.class)
                .setParameter("t", team)
                .setParameter("committed", COMMITTED)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    public BigDecimal available(Team team) {
        return team == null ? BigDecimal.ZERO : team.getTrainingBudget().subtract(committed(team));
    }

    /**
     * Every team's budget, committed and requested amounts in one grouped query (the same rule as
     * {@link #committed}: trainings of the team's employees, approved or later).
     */
    public List<TeamBudgetLine> perTeam() {
        return entityManager.createQuery(
                        "select t.id, t.name, t.trainingBudget, "
                                + "sum(case when s.status in :committed then l.amount else 0 end), "
                                + "sum(case when s.status = :submitted then l.amount else 0 end) "
                                + "from Team t left join Employee e on e.team = t "
                                + "left join ReviewCase c on c.employee = e "
                                + "left join TrainingSpecification s on s.reviewCase = c "
                                + "left join CostLine l on l.specification = s "
                                + "group by t.id, t.name, t.trainingBudget order by t.name", Object[].class)
                .setParameter("committed", COMMITTED)
                .setParameter("submitted", SpecificationStatus.SUBMITTED)
                .getResultStream()
                .map(r -> new TeamBudgetLine((Long) r[0], (String) r[1], (BigDecimal) r[2], amount(r[3]), amount(r[4])))
                .toList();
    }

    private static BigDecimal amount(Object sum) {
        if (sum == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal value = sum instanceof BigDecimal b ? b : new BigDecimal(sum.toString());
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
