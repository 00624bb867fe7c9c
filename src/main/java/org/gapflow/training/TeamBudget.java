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
}
