package org.gapflow.workflow;

import java.io.Serializable;
import java.util.Date;

/** One row of a task list, with what the page shows beside the task: the employee and the flags. */
public final class TaskListEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String taskId;
    private final String stepKey;
    private final String stepName;
    private final String processInstanceId;
    private final String assignee;
    private final Date created;
    private final Date due;
    private final String formPath;
    private final Long employeeId;
    private final Long caseId;
    private final String employeeName;
    private final boolean overdue;
    private final boolean reminderSent;
    private final boolean escalated;
    private final boolean returnable;

    TaskListEntry(String taskId, String stepKey, String stepName, String processInstanceId, String assignee,
                  Date created, Date due, String formPath, Long employeeId, Long caseId, String employeeName,
                  boolean overdue, boolean reminderSent, boolean escalated, boolean returnable) {
        this.taskId = taskId;
        this.stepKey = stepKey;
        this.stepName = stepName;
        this.processInstanceId = processInstanceId;
        this.assignee = assignee;
        this.created = created;
        this.due = due;
        this.formPath = formPath;
        this.employeeId = employeeId;
        this.caseId = caseId;
        this.employeeName = employeeName;
        this.overdue = overdue;
        this.reminderSent = reminderSent;
        this.escalated = escalated;
        this.returnable = returnable;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getStepKey() {
        return stepKey;
    }

    public String getStepName() {
        return stepName;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getAssignee() {
        return assignee;
    }

    public Date getCreated() {
        return created;
    }

    public Date getDue() {
        return due;
    }

    /** The form page under the context root ("/app/tasks/identify-gaps.xhtml"), or null when the task has no app: form key. */
    public String getFormPath() {
        return formPath;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    /** The case the task belongs to (process variable caseId), for the link to the case view; null if none. */
    public Long getCaseId() {
        return caseId;
    }

    public String getEmployeeName() {
        return employeeName;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public boolean isReminderSent() {
        return reminderSent;
    }

    public boolean isEscalated() {
        return escalated;
    }

    /** True when the task was claimed from a group and can be given back (a personal assignment cannot). */
    public boolean isReturnable() {
        return returnable;
    }
}
