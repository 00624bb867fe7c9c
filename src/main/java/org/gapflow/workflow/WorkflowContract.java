package org.gapflow.workflow;

import java.util.List;

/**
 * The workflow plumbing's part of the process contract: the variables every case carries for the task
 * list, the reminder, escalation and defaults beans, and what an expression may read of
 * {@code execution} and {@code task}.
 */
public final class WorkflowContract implements FeatureContract {

    /** gf_review_case.id: the task list and the task forms find the case by it. */
    public static final String CASE_ID = "caseId";
    /** gf_employee.id: the task list shows whom the case is about. */
    public static final String EMPLOYEE_ID = "employeeId";
    /** Task-local, set by {@link TaskEscalator}. */
    public static final String ESCALATED = "escalated";
    public static final String ESCALATED_TO = "escalatedTo";
    /** Input parameters of the escalation task. */
    public static final String ESCALATE_TO_USER = "escalateToUser";
    public static final String ESCALATE_TO_GROUP = "escalateToGroup";

    public static final String PROCESS_DATA_DEFAULTS = "processDataDefaults";
    public static final String TASK_REMINDER = "taskReminder";
    public static final String TASK_ESCALATION = "taskEscalation";

    @Override
    public List<ContractVariable> variables() {
        return List.of(
                ContractVariable.of(CASE_ID, Long.class),
                ContractVariable.of(EMPLOYEE_ID, Long.class),
                ContractVariable.taskLocal(ESCALATED, Boolean.class, false),
                ContractVariable.taskLocal(ESCALATED_TO, String.class, true));
    }

    @Override
    public List<ContractBean> beans() {
        return List.of(
                ContractBean.executionListener(PROCESS_DATA_DEFAULTS),
                ContractBean.delegate(TASK_REMINDER),
                ContractBean.delegate(TASK_ESCALATION, ESCALATE_TO_USER, ESCALATE_TO_GROUP));
    }

    @Override
    public List<String> executionMembers() {
        return List.of("processInstanceId", "processBusinessKey", "currentActivityId");
    }

    @Override
    public List<String> taskMembers() {
        return List.of("id", "taskDefinitionKey", "processInstanceId");
    }
}
