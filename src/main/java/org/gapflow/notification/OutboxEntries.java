package org.gapflow.notification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.gapflow.people.Role;
import org.gapflow.platform.NotAllowedException;
import org.gapflow.workflow.Actor;

/**
 * The outbox as administrators read it, newest first, a page at a time from the database. Mail shows
 * people's addresses and case details: only the admin role may read it, checked here for every caller.
 */
@ApplicationScoped
public class OutboxEntries {

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    public long count(Actor actor) {
        require(actor);
        return entityManager.createQuery("select count(n) from Notice n", Long.class).getSingleResult();
    }

    public List<OutboxRow> page(Actor actor, int first, int max) {
        require(actor);
        return entityManager.createQuery("select new org.gapflow.notification.OutboxRow(n.id, n.recipient, n.subject, n.body,"
                        + " n.link, n.status, n.createdAt, n.sentAt, n.attempts, n.lastError)"
                        + " from Notice n order by n.createdAt desc, n.id desc", OutboxRow.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
    }

    private static void require(Actor actor) {
        if (actor == null || !actor.hasRole(Role.ADMIN.id())) {
            throw new NotAllowedException("The mail outbox is for administrators.");
        }
    }
}
