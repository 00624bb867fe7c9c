package org.gapflow.review;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gapflow.people.PeopleDirectory;
import org.gapflow.people.Role;
import org.gapflow.workflow.Actor;

/**
 * Who may read a review case. HR and the HR lead read every case (they approve training and answer for
 * the budget). Anyone else reads a case only when it is theirs to manage: they are the case's manager, or
 * the employee is in their reporting line (the manager's manager follows escalations). Process owners
 * and administrators get no case data from their role: they revise the model and load the organisation,
 * and see step statistics without people's performance records.
 */
@ApplicationScoped
public class CaseVisibility {

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    PeopleDirectory people;

    public boolean seesAllCases(Actor actor) {
        return actor.hasRole(Role.HR.id()) || actor.hasRole(Role.HR_LEAD.id());
    }

    public boolean maySee(Actor actor, ReviewCase reviewCase) {
        if (actor == null || actor.userId() == null || reviewCase == null) {
            return false;
        }
        return seesAllCases(actor)
                || actor.userId().equals(reviewCase.getManagerUsername())
                || people.isInReportingLineOf(actor.userId(), reviewCase.getEmployee().getId());
    }

    /**
     * The case if it exists and the actor may see it. A case that exists but is not theirs gives the same
     * empty answer as one that does not exist, so a guessed number reveals nothing.
     */
    public Optional<ReviewCase> find(Actor actor, Long caseId) {
        if (caseId == null) {
            return Optional.empty();
        }
        ReviewCase reviewCase = entityManager.find(ReviewCase.class, caseId);
        return maySee(actor, reviewCase) ? Optional.of(reviewCase) : Optional.empty();
    }
}
