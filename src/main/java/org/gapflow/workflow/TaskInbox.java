package org.gapflow.workflow;

import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The open tasks a user may work on: assigned to them, or unclaimed in one of their groups. A page of
 * the task list costs a fixed number of queries whatever the backlog: the page, the count, and one
 * query each for the page's employees, escalation flags and returnable tasks.
 */
@ApplicationScoped
public class TaskInbox {

    /** Form keys of GapFlow pages: "app:" and the page path under the context root. */
    static final String APP_FORM_KEY_PREFIX = "app:";

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    ProcessEngine processEngine;

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

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

    public long count(TaskListQuery query) {
        if (query.isEmpty()) {
            return 0;
        }
        return withParameters(taskService.createNativeTaskQuery().sql(query.countSql()), query).count();
    }

    /**
     * How many tasks the query matches, counting no further than {@code limit}. A count of a 20,000-task
     * queue costs as much as visiting the queue; a list page needs only to know whether there are more
     * than it can sensibly page through.
     */
    public long countUpTo(TaskListQuery query, int limit) {
        if (query.isEmpty()) {
            return 0;
        }
        return withParameters(taskService.createNativeTaskQuery().sql(query.countSql(limit)), query).count();
    }

    /** The tasks from position {@code first}, at most {@code max}, and how many there are on all pages. */
    public TaskListResult page(TaskListQuery query, int first, int max) {
        long total = count(query);
        return new TaskListResult(total == 0 || first >= total ? List.of() : list(query, first, max), total);
    }

    /** The tasks from position {@code first}, at most {@code max}, each with its employee and flags. */
    public List<TaskListEntry> list(TaskListQuery query, int first, int max) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = withParameters(taskService.createNativeTaskQuery().sql(query.selectSql()), query)
                .listPage(first, max);
        return tasks.isEmpty() ? List.of() : entries(tasks, query);
    }

    /**
     * The page of the user's next open task in the same case (for example the manager's next step right
     * after the last), with its task id; empty when nothing there waits for this user.
     */
    public java.util.Optional<String> nextPageFor(String processInstanceId, String userId) {
        return processEngine.getTaskService().createTaskQuery()
                .processInstanceId(processInstanceId).taskAssignee(userId).active()
                .orderByTaskCreateTime().desc().list().stream()
                .map(task -> {
                    String path = formPath(task);
                    return path == null ? null : path + "?taskId=" + task.getId();
                })
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** The user tasks of the latest version of every deployed process, for the step filter. */
    public List<ProcessStep> steps() {
        Map<String, ProcessStep> byKey = new LinkedHashMap<>();
        for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId())
                    .getModelElementsByType(UserTask.class)) {
                byKey.putIfAbsent(task.getId(),
                        new ProcessStep(task.getId(), task.getName() == null ? task.getId() : task.getName()));
            }
        }
        return byKey.values().stream()
                .sorted(Comparator.comparing(ProcessStep::getName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private List<TaskListEntry> entries(List<Task> tasks, TaskListQuery query) {
        List<String> taskIds = tasks.stream().map(Task::getId).toList();
        Map<String, Map<String, Long>> caseVariables = caseVariablesOf(tasks);
        Map<String, Long> employeeIds = new HashMap<>();
        caseVariables.forEach((pi, vars) -> {
            if (vars.get(WorkflowContract.EMPLOYEE_ID) != null) {
                employeeIds.put(pi, vars.get(WorkflowContract.EMPLOYEE_ID));
            }
        });
        Map<Long, String> names = employeeNames(employeeIds.values());
        Map<String, Set<String>> flags = escalationKinds(taskIds);
        Set<String> returnable = query.scope() == TaskListScope.MINE ? returnable(taskIds, query.groupIds()) : Set.of();
        Map<String, String> formPaths = new HashMap<>();
        Date now = Date.from(query.now());
        return tasks.stream().map(task -> {
            Long employeeId = employeeIds.get(task.getProcessInstanceId());
            Set<String> kinds = flags.getOrDefault(task.getId(), Set.of());
            return new TaskListEntry(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                    task.getProcessInstanceId(), task.getAssignee(), task.getCreateTime(), task.getDueDate(),
                    formPaths.computeIfAbsent(task.getProcessDefinitionId() + '/' + task.getTaskDefinitionKey(),
                            k -> formPath(task)),
                    employeeId, caseVariables.getOrDefault(task.getProcessInstanceId(), Map.of()).get(WorkflowContract.CASE_ID),
                    employeeId == null ? null : names.get(employeeId),
                    task.getDueDate() != null && task.getDueDate().before(now),
                    kinds.contains(TaskEscalation.REMINDER), kinds.contains(TaskEscalation.ESCALATION),
                    returnable.contains(task.getId()));
        }).toList();
    }

    /** employeeId and caseId of each task's process instance, in one query for the page. */
    private Map<String, Map<String, Long>> caseVariablesOf(List<Task> tasks) {
        String[] processInstanceIds = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, Map<String, Long>> values = new HashMap<>();
        for (VariableInstance variable : runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds).variableNameIn(WorkflowContract.EMPLOYEE_ID, WorkflowContract.CASE_ID).disableBinaryFetching().list()) {
            // only the process-level variable: a local one of the same name on a sub-execution is not the case's
            if (variable.getProcessInstanceId().equals(variable.getExecutionId()) && variable.getValue() instanceof Number n) {
                values.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>()).put(variable.getName(), n.longValue());
            }
        }
        return values;
    }

    private Map<Long, String> employeeNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select e.id, e.fullName from Employee e where e.id in :ids", Object[].class)
                .setParameter("ids", new HashSet<>(ids))
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    private Map<String, Set<String>> escalationKinds(List<String> taskIds) {
        Map<String, Set<String>> kinds = new HashMap<>();
        entityManager.createQuery("select distinct e.taskId, e.kind from TaskEscalation e where e.taskId in :ids",
                        Object[].class)
                .setParameter("ids", taskIds)
                .getResultStream()
                .forEach(row -> kinds.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]));
        return kinds;
    }

    /** The tasks among these that one of the groups may work on: claimed from a queue, so they can go back to it. */
    private Set<String> returnable(List<String> taskIds, List<String> groupIds) {
        if (taskIds.isEmpty() || groupIds.isEmpty()) {
            return Set.of();
        }
        return taskService.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new))
                .taskCandidateGroupIn(groupIds).includeAssignedTasks().list()
                .stream().map(Task::getId).collect(Collectors.toSet());
    }

    private String formPath(Task task) {
        FormService forms = processEngine.getFormService();
        String key = forms.getTaskFormKey(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
        if (key == null || !key.startsWith(APP_FORM_KEY_PREFIX)) {
            return null;
        }
        // "app:tasks/identify-gaps.xhtml" is the page /app/tasks/identify-gaps.xhtml (processes/README.md)
        String path = key.substring(APP_FORM_KEY_PREFIX.length());
        return "/app/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    private static NativeTaskQuery withParameters(NativeTaskQuery nativeQuery, TaskListQuery query) {
        query.parameters().forEach(nativeQuery::parameter);
        return nativeQuery;
    }
}
