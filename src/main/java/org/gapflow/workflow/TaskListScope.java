package org.gapflow.workflow;

/** Which open tasks a task list shows. */
public enum TaskListScope {
    /** Assigned to the user. */
    MINE,
    /** Unclaimed, with one of the user's groups (or the user) as candidate: the ones they can claim. */
    GROUPS
}
