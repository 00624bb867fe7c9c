package org.gapflow.workflow;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/** The open tasks a user may work on: assigned to them, or unclaimed in one of their groups. */
@ApplicationScoped
public class TaskInbox {

    @Inject
    TaskService taskService;

    public long openTaskCount(String userId, Collection<String> groupIds) {
        return openTasks(userId, groupIds).count();
    }

    TaskQuery openTasks(String userId, Collection<String> groupIds) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (groupIds == null || groupIds.isEmpty()) {
            return query.taskAssignee(userId);
        }
        return query.or()
                .taskAssignee(userId)
                .taskCandidateGroupIn(groupIds.stream().toList())
                .endOr();
    }
}
