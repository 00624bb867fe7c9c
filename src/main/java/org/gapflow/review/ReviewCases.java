package org.gapflow.review;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.task.Task;
import org.gapflow.platform.InvalidInputException;

/** Finding review cases: by id, by the process instance that carries them, by employee. */
@ApplicationScoped
public class ReviewCases {

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    public ReviewCase require(Long caseId) {
        ReviewCase reviewCase = caseId == null ? null : entityManager.find(ReviewCase.class, caseId);
        if (reviewCase == null) {
            throw InvalidInputException.of("caseId", "There is no review case " + caseId + ".");
        }
        return reviewCase;
    }

    /** The case a task belongs to; the business key of every review process instance is the case id. */
    public ReviewCase of(Task task) {
        List<ReviewCase> found = entityManager.createQuery(
                        "select c from ReviewCase c where c.processInstanceId = :pi", ReviewCase.class)
                .setParameter("pi", task.getProcessInstanceId())
                .getResultList();
        if (found.isEmpty()) {
            throw InvalidInputException.of("taskId", "This task does not belong to a review case.");
        }
        return found.get(0);
    }

    /** Links the case prepared for a reopened gap to the process instance the model started for it. */
    public ReviewCase linkReopened(String previousProcessInstanceId, String processInstanceId) {
        ReviewCase reopened = entityManager.createQuery(
                        "select c from ReviewCase c where c.previousCase.processInstanceId = :previous "
                                + "and c.processInstanceId is null order by c.id desc", ReviewCase.class)
                .setParameter("previous", previousProcessInstanceId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No reopened case waits for the cycle after " + previousProcessInstanceId));
        reopened.linkProcessInstance(processInstanceId);
        return reopened;
    }

    public List<PerformanceGap> gapsOf(Long caseId) {
        return entityManager.createQuery(
                        "select g from PerformanceGap g where g.reviewCase.id = :c order by g.id", PerformanceGap.class)
                .setParameter("c", caseId)
                .getResultList();
    }

    public List<ReviewCase> ofEmployee(Long employeeId) {
        return entityManager.createQuery(
                        "select c from ReviewCase c where c.employee.id = :e order by c.startedAt desc", ReviewCase.class)
                .setParameter("e", employeeId)
                .getResultList();
    }
}
