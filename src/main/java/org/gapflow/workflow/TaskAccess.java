package org.gapflow.workflow;

import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The one gate to a user task: every page and API call that opens, claims or completes a task comes
 * through here with the task id it was given, and the check is made against the engine, never
 * against what the request claims.
 */
@ApplicationScoped
public class TaskAccess {

    @Inject
    TaskService taskService;

    @Inject
    TaskDrafts drafts;

    /** The open task if this user may work on it now: assigned to them, or unclaimed in one of their groups. */
    public Task requireWorkable(String taskId, String userId, Collection<String> groupIds) {
        Task task = requireOpen(taskId);
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(userId)) {
                throw new TaskNotAvailableException("This task is assigned to someone else.");
            }
            return task;
        }
        if (!isCandidate(taskId, userId, groupIds)) {
            throw new TaskNotAvailableException("You may not work on this task.");
        }
        return task;
    }

    /** As above, and the task must be the expected step: form data for one step never completes another. */
    public Task requireWorkable(String taskId, Actor actor, String taskDefinitionKey) {
        Task task = requireWorkable(taskId, actor.userId(), actor.groupIds());
        if (!taskDefinitionKey.equals(task.getTaskDefinitionKey())) {
            throw new TaskNotAvailableException("This task is a different step; please open it from your task list.");
        }
        return task;
    }

    public Task requireOpen(String taskId) {
        Task task = taskId == null || taskId.isBlank() ? null
                : taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            throw new TaskNotAvailableException("This task does not exist or has already been completed.");
        }
        return task;
    }

    /** Claims an unclaimed group task for the user; a task someone else claimed first is refused. */
    public Task claim(String taskId, String userId, Collection<String> groupIds) {
        Task task = requireWorkable(taskId, userId, groupIds);
        if (task.getAssignee() == null) {
            try {
                taskService.claim(taskId, userId);
            } catch (ProcessEngineException e) {
                throw new TaskNotAvailableException("Someone else claimed this task a moment ago.");
            }
        }
        return requireOpen(taskId);
    }

    /** Gives a claimed task back to its group. */
    public void unclaim(String taskId, String userId, Collection<String> groupIds) {
        Task task = requireWorkable(taskId, userId, groupIds);
        if (!isCandidate(taskId, userId, groupIds)) {
            throw new TaskNotAvailableException("This task was assigned to you personally and cannot be given back.");
        }
        if (task.getAssignee() != null) {
            taskService.setAssignee(taskId, null);
        }
    }

    /**
     * Completes the task in the caller's transaction. Two users completing the same task: the engine's
     * optimistic lock lets one win; the other gets a TaskNotAvailableException and their transaction
     * (with any rows it wrote) rolls back.
     */
    public void complete(Task task, Map<String, Object> variables) {
        try {
            taskService.complete(task.getId(), variables);
        } catch (NullValueException | OptimisticLockingException e) {
            throw new TaskNotAvailableException("This task was completed by someone else a moment ago.");
        }
        drafts.discard(task.getId());
    }

    /** Completes as this actor: a group task is claimed first, so the history tells who did the step. */
    public void complete(Task task, Actor actor, Map<String, Object> variables) {
        if (task.getAssignee() == null) {
            try {
                taskService.claim(task.getId(), actor.userId());
            } catch (ProcessEngineException e) {
                throw new TaskNotAvailableException("Someone else took this task a moment ago.");
            }
        }
        complete(task, variables);
    }

    private boolean isCandidate(String taskId, String userId, Collection<String> groupIds) {
        for (IdentityLink link : taskService.getIdentityLinksForTask(taskId)) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (userId.equals(link.getUserId()) || (link.getGroupId() != null && groupIds.contains(link.getGroupId()))) {
                return true;
            }
        }
        return false;
    }
}
