package org.gapflow.tasks;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.gapflow.people.Employee;
import org.gapflow.people.PeopleDirectory;
import org.gapflow.workflow.TaskAccess;
import org.gapflow.workflow.TaskInbox;
import org.gapflow.workflow.WorkflowContract;
import org.gapflow.workflow.TaskNotAvailableException;
import org.gapflow.web.ServiceMessages;
import org.gapflow.web.CurrentUser;

/**
 * The task behind a step page (WEB-INF/templates/task-form.xhtml). It takes the task id from this
 * request (the link's ?taskId= on the first visit, the form's hidden field on every submit) and asks the
 * task gate whether the current user may work on it now, on every request: a guessed id, a stale link or
 * someone else's task shows a message and no form, and a submit for it reaches no step bean.
 */
@Named
@RequestScoped
public class TaskForm {

    public static final String TASK_ID = "taskId";

    @Inject
    HttpServletRequest request;

    @Inject
    TaskAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    RuntimeService runtimeService;

    @Inject
    PeopleDirectory people;

    private boolean checked;
    private Task task;
    private String refusal;
    private VariableMap caseVariables;
    private Employee employee;

    public String getTaskId() {
        return request.getParameter(TASK_ID);
    }

    public boolean isAvailable() {
        check();
        return task != null;
    }

    /** Why the task cannot be worked on, written for the user; null when it can. */
    public String getRefusal() {
        check();
        return ServiceMessages.translate(refusal);
    }

    /** The task, checked for this user in this request; step beans take it from here, never from the request. */
    public Task getTask() {
        check();
        if (task == null) {
            throw new TaskNotAvailableException(refusal);
        }
        return task;
    }

    /** True when the task still sits in a group queue: the user may look, and claims it to work on it. */
    public boolean isUnclaimed() {
        return isAvailable() && task.getAssignee() == null;
    }

    public String getStepName() {
        return getTask().getName();
    }

    public Date getDue() {
        return getTask().getDueDate();
    }

    public TimeZone getTimeZone() {
        return TimeZone.getDefault();
    }

    public Long getCaseId() {
        return asLong(caseVariables().get(WorkflowContract.CASE_ID));
    }

    public Long getEmployeeId() {
        return asLong(caseVariables().get(WorkflowContract.EMPLOYEE_ID));
    }

    public Employee getEmployee() {
        if (employee == null && getEmployeeId() != null) {
            employee = people.employee(getEmployeeId()).orElse(null);
        }
        return employee;
    }

    public String getEmployeeName() {
        Employee e = getEmployee();
        return e == null ? null : e.getFullName();
    }

    /** Claims the group task for the current user; a refusal (someone was quicker) becomes the page's message. */
    public void claim() {
        try {
            task = access.claim(getTaskId(), currentUser.getUsername(), currentUser.getRoleIds());
        } catch (TaskNotAvailableException e) {
            task = null;
            refusal = e.getMessage();
        }
    }

    /**
     * Completes the task with the step's variables in the caller's transaction; throws
     * TaskNotAvailableException (and the caller's writes roll back) when it is no longer this user's.
     */
    public void complete(Map<String, Object> variables) {
        Task checkedTask = getTask();
        if (checkedTask.getAssignee() == null) {
            // a group task is claimed by whoever completes it, so history tells who did the step
            checkedTask = access.claim(checkedTask.getId(), currentUser.getUsername(), currentUser.getRoleIds());
        }
        access.complete(checkedTask, variables);
    }

    private void check() {
        if (checked) {
            return;
        }
        checked = true;
        try {
            task = access.requireWorkable(getTaskId(), currentUser.getUsername(), currentUser.getRoleIds());
        } catch (TaskNotAvailableException e) {
            refusal = e.getMessage();
        }
    }

    private VariableMap caseVariables() {
        if (caseVariables == null) {
            caseVariables = runtimeService.getVariablesTyped(getTask().getProcessInstanceId(),
                    List.of(WorkflowContract.CASE_ID, WorkflowContract.EMPLOYEE_ID), true);
        }
        return caseVariables;
    }

    private static Long asLong(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
