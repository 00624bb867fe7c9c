package org.gapflow.cycle;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Stands in for {@code ${taskReminder}}: instead of mailing, records who would be reminded of which task
 * (the case's open tasks whose follow-up date, the reminder time, has come).
 */
final class FakeTaskReminder implements JavaDelegate {

    record Reminder(String taskDefinitionKey, String assignee) {
    }

    final List<Reminder> sent = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
        List<Task> due = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .followUpBeforeOrNotExistent(ClockUtil.getCurrentTime())
                .list();
        for (Task task : due) {
            sent.add(new Reminder(task.getTaskDefinitionKey(), task.getAssignee()));
        }
    }
}
