package org.gapflow.processadmin;

import jakarta.enterprise.context.ApplicationScoped;

import org.gapflow.people.Role;
import org.gapflow.platform.NotAllowedException;
import org.gapflow.workflow.Actor;

/**
 * The workspace changes what every case does next: only process owners may use it. web.xml guards the
 * pages; every service checks again, so no other entry point (API, another page) slips past.
 */
@ApplicationScoped
public class ProcessOwnerGate {

    public void require(Actor actor) {
        if (actor == null || !actor.hasRole(Role.PROCESS_OWNER.id())) {
            throw new NotAllowedException("Only process owners may see, revise, deploy or migrate the process models.");
        }
    }
}
