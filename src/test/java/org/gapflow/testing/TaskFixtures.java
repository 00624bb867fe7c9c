package org.gapflow.testing;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.gapflow.people.Employee;
import org.gapflow.workflow.TaskEscalation;

/**
 * Test-only (never in the product): open tasks of a tiny one-step process, independent of the real
 * model, following the process contract (business key and caseId, employeeId, a due date, an app: form
 * key). Every test makes its own step key, so tests sharing the server's database never see each other's
 * tasks.
 */
@ApplicationScoped
public class TaskFixtures {

    /** The test-only step page (src/test/webapp), built on the task-form template. */
    public static final String FORM_KEY = "app:it/task-form.xhtml";

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    public static String newStepKey(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Deploys a process whose one user task is offered to a candidate group. */
    public void deployGroupStep(String stepKey, String stepName, String candidateGroup) {
        deploy(stepKey, Bpmn.createExecutableProcess(processKey(stepKey)).camundaHistoryTimeToLive(1)
                .startEvent().userTask(stepKey).name(stepName).camundaCandidateGroups(candidateGroup));
    }

    /** Deploys a process whose one user task is assigned to a user. */
    public void deployAssignedStep(String stepKey, String stepName, String assignee) {
        deploy(stepKey, Bpmn.createExecutableProcess(processKey(stepKey)).camundaHistoryTimeToLive(1)
                .startEvent().userTask(stepKey).name(stepName).camundaAssignee(assignee));
    }

    @Transactional
    public Long employee(String fullName) {
        Employee employee = new Employee("IT-" + UUID.randomUUID(), fullName, null, "Test employee", null, null, null);
        entityManager.persist(employee);
        entityManager.flush();
        return employee.getId();
    }

    /** Starts one case per due date (null: no due date) for the employee; returns the task ids in that order. */
    @Transactional
    public List<String> start(String stepKey, Long employeeId, List<Date> dues) {
        List<String> taskIds = new ArrayList<>();
        for (Date due : dues) {
            long caseId = System.nanoTime();
            Map<String, Object> variables = new HashMap<>();
            variables.put("caseId", caseId);
            variables.put("employeeId", employeeId);
            variables.put("due", due);
            String instanceId = runtimeService.startProcessInstanceByKey(processKey(stepKey), Long.toString(caseId), variables)
                    .getId();
            taskIds.add(taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId());
        }
        return taskIds;
    }

    @Transactional
    public void escalation(String taskId, String kind) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        entityManager.persist(new TaskEscalation(taskId, task.getProcessInstanceId(), task.getName(), kind, "dana"));
    }

    /** "open by ASSIGNEE" (or "open unclaimed") while the task exists, "gone" once it is completed. */
    public String state(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return "gone";
        }
        return task.getAssignee() == null ? "open unclaimed" : "open by " + task.getAssignee();
    }

    private void deploy(String stepKey, UserTaskBuilder userTask) {
        BpmnModelInstance model = userTask.camundaFormKey(FORM_KEY).camundaDueDate("${due}").endEvent().done();
        repositoryService.createDeployment().name("it-" + stepKey).addModelInstance(stepKey + ".bpmn", model).deploy();
    }

    private static String processKey(String stepKey) {
        return "it-" + stepKey.replace('_', '-');
    }
}
