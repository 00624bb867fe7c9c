package org.gapflow.dashboard;

import jakarta.enterprise.context.ApplicationScoped;

import org.gapflow.people.Role;
import org.gapflow.platform.NotAllowedException;
import org.gapflow.workflow.Actor;

/**
 * The HR dashboard's figures are for HR and the HR lead: every figure service asks here first, so the
 * rule holds for the page, the CSV export and any future caller alike (web.xml guards the pages too).
 */
@ApplicationScoped
public class DashboardGate {

    public boolean allows(Actor actor) {
        return actor != null && (actor.hasRole(Role.HR.id()) || actor.hasRole(Role.HR_LEAD.id()));
    }

    public void require(Actor actor) {
        if (!allows(actor)) {
            throw new NotAllowedException("The HR dashboard is for HR and the HR lead.");
        }
    }
}
