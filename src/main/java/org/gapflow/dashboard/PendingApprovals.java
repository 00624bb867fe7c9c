package org.gapflow.dashboard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.gapflow.training.ApprovalService;
import org.gapflow.training.SpecificationStatus;
import org.gapflow.workflow.Actor;

/**
 * Open approval tasks (HR and budget holder), oldest first: the engine pages the tasks, and one query each
 * fetches the page's cases and requested amounts.
 */
@ApplicationScoped
public class PendingApprovals {

    static final String[] STEPS = {ApprovalService.APPROVE_BY_HR, ApprovalService.APPROVE_BY_BUDGET_HOLDER};

    @Inject
    TaskService taskService;
    @Inject
    DashboardGate gate;
    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    public long count(Actor actor) {
        gate.require(actor);
        return query().count();
    }

    /** When the longest-waiting request started waiting; empty when none waits. */
    public Optional<java.time.Instant> oldest(Actor actor) {
        gate.require(actor);
        return query().orderByTaskCreateTime().asc().listPage(0, 1).stream().findFirst()
                .map(task -> task.getCreateTime().toInstant());
    }

    public List<PendingApproval> page(Actor actor, int first, int max) {
        gate.require(actor);
        List<Task> tasks = query().orderByTaskCreateTime().asc().listPage(first, max);
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, Object[]> cases = new HashMap<>();
        entityManager.createQuery("select c.processInstanceId, c.id, e.fullName, t.name from ReviewCase c "
                        + "join c.employee e left join e.team t where c.processInstanceId in :pis", Object[].class)
                .setParameter("pis", tasks.stream().map(Task::getProcessInstanceId).distinct().toList())
                .getResultStream().forEach(row -> cases.put((String) row[0], row));
        Map<Long, BigDecimal> requested = new HashMap<>();
        List<Long> caseIds = cases.values().stream().map(row -> (Long) row[1]).toList();
        if (!caseIds.isEmpty()) {
            entityManager.createQuery("select s.reviewCase.id, sum(l.amount) from TrainingSpecification s "
                            + "join s.costLines l where s.reviewCase.id in :ids and s.status = :submitted "
                            + "group by s.reviewCase.id", Object[].class)
                    .setParameter("ids", caseIds)
                    .setParameter("submitted", SpecificationStatus.SUBMITTED)
                    .getResultStream().forEach(row -> requested.put((Long) row[0], (BigDecimal) row[1]));
        }
        return tasks.stream().map(task -> {
            Object[] c = cases.get(task.getProcessInstanceId());
            Long caseId = c == null ? null : (Long) c[1];
            return new PendingApproval(task.getId(), task.getTaskDefinitionKey(), task.getName(), caseId,
                    c == null ? null : (String) c[2], c == null ? null : (String) c[3],
                    caseId == null ? null : requested.get(caseId), task.getAssignee(),
                    task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant());
        }).toList();
    }

    private TaskQuery query() {
        return taskService.createTaskQuery().taskDefinitionKeyIn(STEPS).active();
    }
}
