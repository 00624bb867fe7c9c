package org.gapflow.workflow;

import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * {@code ${taskEscalation}}: every open task of the case that is due (a minute's tolerance for the
 * timer that brought us here) and not yet escalated goes to input {@code escalateToUser} — the previous
 * assignee stays a candidate — or, without one, also to candidate group {@code escalateToGroup} (a
 * claimed task is given back to the pool so that group can take it). The
 * task is marked (task-local {@code escalated}, {@code escalatedTo}), recorded, and the new holder told.
 */
@Named(WorkflowContract.TASK_ESCALATION)
@ApplicationScoped
public class TaskEscalator implements JavaDelegate {

    static final String ESCALATED = WorkflowContract.ESCALATED;
    static final String ESCALATED_TO = WorkflowContract.ESCALATED_TO;
    private static final long TOLERANCE_MILLIS = 60_000;

    @Inject
    TaskService taskService;

    @Inject
    TaskNotices notices;

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Override
    public void execute(DelegateExecution execution) {
        String toUser = (String) execution.getVariable(WorkflowContract.ESCALATE_TO_USER);
        String toGroup = (String) execution.getVariable(WorkflowContract.ESCALATE_TO_GROUP);
        Date dueBy = new Date(ClockUtil.getCurrentTime().getTime() + TOLERANCE_MILLIS);
        List<Task> tasks = taskService.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .active()
                .dueBefore(dueBy)
                .list();
        for (Task task : tasks) {
            if (Boolean.TRUE.equals(taskService.getVariableLocal(task.getId(), ESCALATED))) {
                continue;
            }
            String target = escalate(task, toUser, toGroup);
            taskService.setVariableLocal(task.getId(), ESCALATED, true);
            taskService.setVariableLocal(task.getId(), ESCALATED_TO, target);
            entityManager.persist(new TaskEscalation(task.getId(), task.getProcessInstanceId(), task.getName(),
                    TaskEscalation.ESCALATION, target));
            Task escalated = taskService.createTaskQuery().taskId(task.getId()).singleResult();
            notices.send(notices.holderAddresses(escalated), "Escalated to you: " + task.getName(), escalated,
                    "A GapFlow task is overdue and has been escalated to you.");
        }
    }

    private String escalate(Task task, String toUser, String toGroup) {
        if (toUser != null && !toUser.isBlank()) {
            if (task.getAssignee() != null) {
                taskService.addCandidateUser(task.getId(), task.getAssignee());
            }
            taskService.setAssignee(task.getId(), toUser);
            return toUser;
        }
        if (toGroup == null || toGroup.isBlank()) {
            throw new IllegalStateException("Escalation of task " + task.getId() + " names no user and no group");
        }
        // a claimed group task goes back to the pool, where the escalation group can take it
        if (task.getAssignee() != null) {
            taskService.setAssignee(task.getId(), null);
        }
        taskService.addCandidateGroup(task.getId(), toGroup);
        return toGroup;
    }
}
