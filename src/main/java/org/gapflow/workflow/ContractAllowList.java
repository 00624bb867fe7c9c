package org.gapflow.workflow;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a model may reach, read from the features' declarations ({@link ProcessContract}): the model
 * check asks it before anything in an uploaded model is evaluated, and the engine's expression guard
 * asks it again at run time, for every model.
 */
@ApplicationScoped
public class ContractAllowList implements ExpressionAllowList {

    private final ProcessContract contract;

    public ContractAllowList() {
        this(ProcessContract.current());
    }

    ContractAllowList(ProcessContract contract) {
        this.contract = contract;
    }

    @Override
    public boolean isVariable(String name) {
        return contract.isVariable(name);
    }

    @Override
    public boolean isBean(String name) {
        return contract.isBean(name);
    }

    @Override
    public boolean isBeanMethod(String bean, String method) {
        return contract.allowedMethods(bean).contains(method);
    }

    @Override
    public boolean isExecutionMember(String member) {
        return contract.executionMembers().contains(member);
    }

    @Override
    public boolean isTaskMember(String member) {
        return contract.taskMembers().contains(member);
    }
}
