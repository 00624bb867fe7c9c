package org.gapflow.cycle;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Stands in for {@code ${taskEscalation}} and does what processes/README.md asks of it, minus the mail:
 * the case's open tasks past their due date and not yet escalated go to {@code escalateToUser} (the
 * previous assignee stays a candidate) or, without one, to the candidate group {@code escalateToGroup};
 * the task-local variables {@code escalated} and {@code escalatedTo} record it.
 */
final class FakeTaskEscalation implements JavaDelegate {

    /** A task created a moment after its escalation timer counts as due (processes/README.md). */
    private static final long TOLERANCE_MILLIS = 60_000;

    final List<String> escalatedTasks = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        String user = (String) execution.getVariableLocal("escalateToUser");
        String group = (String) execution.getVariableLocal("escalateToGroup");
        List<Task> overdue = tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .dueBefore(new Date(ClockUtil.getCurrentTime().getTime() + TOLERANCE_MILLIS))
                .list();
        for (Task task : overdue) {
            if (Boolean.TRUE.equals(tasks.getVariableLocal(task.getId(), "escalated"))) {
                continue;
            }
            String target;
            if (user != null && !user.isBlank()) {
                if (task.getAssignee() != null) {
                    tasks.addCandidateUser(task.getId(), task.getAssignee());
                }
                tasks.setAssignee(task.getId(), user);
                target = user;
            } else {
                tasks.addCandidateGroup(task.getId(), group);
                target = group;
            }
            tasks.setVariableLocal(task.getId(), "escalated", true);
            tasks.setVariableLocal(task.getId(), "escalatedTo", target);
            escalatedTasks.add(task.getTaskDefinitionKey());
        }
    }
}
