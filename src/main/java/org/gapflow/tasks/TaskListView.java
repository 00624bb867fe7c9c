package org.gapflow.tasks;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TimeZone;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gapflow.workflow.DueFilter;
import org.gapflow.workflow.ProcessStep;
import org.gapflow.workflow.TaskAccess;
import org.gapflow.workflow.TaskInbox;
import org.gapflow.workflow.TaskListEntry;
import org.gapflow.workflow.TaskListQuery;
import org.gapflow.workflow.TaskListScope;
import org.gapflow.workflow.TaskNotAvailableException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.gapflow.web.CurrentUser;

/**
 * The task list page: my tasks or my groups' tasks, filtered through view parameters (so a filtered
 * list is a link), paged lazily by the engine, with claim and unclaim through the task gate.
 */
@Named
@ViewScoped
public class TaskListView implements Serializable {

    private static final long serialVersionUID = 1L;
    /**
     * The list counts up to this many tasks and pages through them; beyond it the page says "more than"
     * and the user narrows with the filters. Counting a whole 20,000-task queue on every page costs more
     * than the page itself, and nobody pages to task 1,001.
     */
    static final int COUNT_LIMIT = 1000;

    @Inject
    TaskInbox inbox;

    @Inject
    TaskAccess access;

    @Inject
    CurrentUser currentUser;

    private String scope = "mine";
    private String employee;
    private String step;
    private String due = "any";
    private List<ProcessStep> steps;
    private final Tasks tasks = new Tasks();

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = "groups".equals(scope) ? "groups" : "mine";
    }

    public String getEmployee() {
        return employee;
    }

    public void setEmployee(String employee) {
        this.employee = employee == null || employee.isBlank() ? null : employee.strip();
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step == null || step.isBlank() ? null : step;
    }

    public String getDue() {
        return due;
    }

    public void setDue(String due) {
        this.due = "overdue".equals(due) || "week".equals(due) ? due : "any";
    }

    /** The address of a scope's list with the current filters, so switching lists keeps them. */
    public String scopeQuery(String target) {
        StringBuilder query = new StringBuilder("scope=").append("groups".equals(target) ? "groups" : "mine");
        appendParameter(query, "employee", employee);
        appendParameter(query, "step", step);
        if (!"any".equals(due)) {
            appendParameter(query, "due", due);
        }
        return query.toString();
    }

    private static void appendParameter(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public boolean isGroupScope() {
        return "groups".equals(scope);
    }

    public List<ProcessStep> getSteps() {
        if (steps == null) {
            steps = inbox.steps();
        }
        return steps;
    }

    /** True when the list holds more tasks than it counts (see COUNT_LIMIT). */
    public boolean isMoreThanCounted() {
        return tasks.moreThanCounted;
    }

    public LazyDataModel<TaskListEntry> getTasks() {
        return tasks;
    }

    public TimeZone getTimeZone() {
        return TimeZone.getDefault();
    }

    /** Applies the filter form: back to the first page, with the filters in the address. */
    public String apply() {
        return "/app/tasks.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public void claim(String taskId) {
        try {
            access.claim(taskId, currentUser.getUsername(), currentUser.getRoleIds());
            info("tasks.claimed");
        } catch (TaskNotAvailableException e) {
            refused("tasks.claimRefused", e);
        }
    }

    public void unclaim(String taskId) {
        try {
            access.unclaim(taskId, currentUser.getUsername(), currentUser.getRoleIds());
            info("tasks.unclaimed");
        } catch (TaskNotAvailableException e) {
            refused("tasks.unclaimRefused", e);
        }
    }

    TaskListQuery query(Map<String, SortMeta> sortBy) {
        TaskListQuery query = TaskListQuery.of(isGroupScope() ? TaskListScope.GROUPS : TaskListScope.MINE,
                        currentUser.getUsername(), currentUser.getRoleIds())
                .employeeNameContains(employee)
                .step(step)
                .due(switch (due) {
                    case "overdue" -> DueFilter.OVERDUE;
                    case "week" -> DueFilter.THIS_WEEK;
                    default -> DueFilter.ANY;
                });
        if (sortBy != null) {
            for (SortMeta sort : sortBy.values()) {
                if (sort.getOrder() == SortOrder.UNSORTED) {
                    continue;
                }
                TaskListQuery.Order order = "created".equals(sort.getField()) ? TaskListQuery.Order.CREATED
                        : TaskListQuery.Order.DUE;
                query.orderBy(order, sort.getOrder() != SortOrder.DESCENDING);
            }
        }
        return query;
    }

    private void info(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts(context).getString(key), null));
    }

    private void refused(String key, TaskNotAvailableException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts(context).getString(key), e.getMessage()));
    }

    private static ResourceBundle texts(FacesContext context) {
        return context.getApplication().getResourceBundle(context, "msg");
    }

    /** The engine's page for the table: count and page are two queries, never the whole list. */
    private final class Tasks extends LazyDataModel<TaskListEntry> {

        private static final long serialVersionUID = 1L;
        private transient List<TaskListEntry> page = List.of();
        private boolean moreThanCounted;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            long count = inbox.countUpTo(query(null), COUNT_LIMIT + 1);
            moreThanCounted = count > COUNT_LIMIT;
            return (int) Math.min(count, COUNT_LIMIT);
        }

        @Override
        public List<TaskListEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            page = inbox.list(query(sortBy), first, pageSize);
            return page;
        }

        @Override
        public String getRowKey(TaskListEntry entry) {
            return entry.getTaskId();
        }

        @Override
        public TaskListEntry getRowData(String rowKey) {
            return page == null ? null : page.stream().filter(e -> e.getTaskId().equals(rowKey)).findFirst().orElse(null);
        }
    }
}
