package org.gapflow.workflow;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gapflow.people.Team;

/** Test bean: writes a GapFlow row and completes a task in one JTA transaction; resolvable from BPMN. */
@Named("transactionProbe")
@ApplicationScoped
public class TransactionProbe {

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    TaskService taskService;

    @Transactional
    public void persistAndComplete(String teamName, String taskId, boolean failAfterBoth) {
        entityManager.persist(new Team(teamName, BigDecimal.TEN));
        entityManager.flush();
        taskService.complete(taskId);
        if (failAfterBoth) {
            throw new IllegalStateException("request failed after both writes");
        }
    }

    public long teamsNamed(String name) {
        return entityManager.createQuery("select count(t) from Team t where t.name = :n", Long.class)
                .setParameter("n", name).getSingleResult();
    }

    /** Called from a BPMN expression: proves CDI beans resolve by name in the engine. */
    public void touch(DelegateExecution execution) {
        execution.setVariable("touchedBy", "transactionProbe");
    }
}
