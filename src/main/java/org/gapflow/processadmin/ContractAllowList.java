package org.gapflow.processadmin;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.gapflow.workflow.ExpressionAllowList;

/**
 * What GapFlow's models may reach today, in one place: the contract variables, the beans the shipped
 * models in processes/ name (none of them is called with a method: each is a delegate or listener by
 * name), and a few harmless members of execution and task. To be replaced by the features' own
 * declarations.
 */
@ApplicationScoped
public class ContractAllowList implements ExpressionAllowList {

    /** Bean name → the methods a model may call on it. */
    private static final Map<String, Set<String>> BEANS = Map.of(
            "processDataDefaults", Set.of(),
            "caseParticipants", Set.of(),
            "taskEscalation", Set.of(),
            "taskReminder", Set.of(),
            "trainingEnrolment", Set.of());
    private static final Set<String> EXECUTION_MEMBERS = Set.of(
            "processInstanceId", "processBusinessKey", "currentActivityId", "eventName");
    private static final Set<String> TASK_MEMBERS = Set.of(
            "id", "name", "assignee", "taskDefinitionKey", "processInstanceId", "eventName");

    @Override
    public boolean isVariable(String name) {
        return ContractVariables.PROVIDED_BY_GAPFLOW.contains(name);
    }

    @Override
    public boolean isBean(String name) {
        return BEANS.containsKey(name);
    }

    @Override
    public boolean isBeanMethod(String bean, String method) {
        return BEANS.getOrDefault(bean, Set.of()).contains(method);
    }

    @Override
    public boolean isExecutionMember(String member) {
        return EXECUTION_MEMBERS.contains(member);
    }

    @Override
    public boolean isTaskMember(String member) {
        return TASK_MEMBERS.contains(member);
    }
}
