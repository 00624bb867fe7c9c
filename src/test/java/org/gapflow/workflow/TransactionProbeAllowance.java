package org.gapflow.workflow;

import jakarta.enterprise.context.ApplicationScoped;

/** The test bean's declaration: models in EngineIT may call transactionProbe.touch, as a feature declares its beans. */
@ApplicationScoped
public class TransactionProbeAllowance implements ExpressionAllowList {

    @Override
    public boolean isVariable(String name) {
        return false;
    }

    @Override
    public boolean isBean(String name) {
        return "transactionProbe".equals(name);
    }

    @Override
    public boolean isBeanMethod(String bean, String method) {
        return "transactionProbe".equals(bean) && "touch".equals(method);
    }

    @Override
    public boolean isExecutionMember(String member) {
        return false;
    }

    @Override
    public boolean isTaskMember(String member) {
        return false;
    }
}
