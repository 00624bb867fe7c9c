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
 * {@code ${taskReminder}}: reminds the holders of each open task of the case whose follow-up date
 * (the reminder time) has passed, once per task, and records the reminder.
 */
@Named(WorkflowContract.TASK_REMINDER)
@ApplicationScoped
public class TaskReminder implements JavaDelegate {

    static final String REMINDED = "reminded";

    @Inject
    TaskService taskService;

    @Inject
    TaskNotices notices;

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Override
    public void execute(DelegateExecution execution) {
        // a minute's tolerance: the timer that brought us here and the follow-up date are computed apart
        Date now = new Date(ClockUtil.getCurrentTime().getTime() + 60_000);
        List<Task> tasks = taskService.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .active()
                .followUpBefore(now)
                .list();
        for (Task task : tasks) {
            if (Boolean.TRUE.equals(taskService.getVariableLocal(task.getId(), REMINDED))) {
                continue;
            }
            notices.send(notices.holderAddresses(task), "Reminder: " + task.getName(), task,
                    "A GapFlow task waiting for you is coming due.");
            taskService.setVariableLocal(task.getId(), REMINDED, true);
            entityManager.persist(new TaskEscalation(task.getId(), task.getProcessInstanceId(), task.getName(),
                    TaskEscalation.REMINDER, holderOf(task)));
        }
    }

    private static String holderOf(Task task) {
        return task.getAssignee() != null ? task.getAssignee() : "candidates";
    }
}
