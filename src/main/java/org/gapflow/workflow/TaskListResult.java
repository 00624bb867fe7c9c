package org.gapflow.workflow;

import java.util.List;

/** One page of a task list and the number of tasks on all pages. */
public record TaskListResult(List<TaskListEntry> entries, long total) {
}
