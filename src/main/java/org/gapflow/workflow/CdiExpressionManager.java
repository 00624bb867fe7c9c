package org.gapflow.workflow;

import jakarta.enterprise.inject.spi.BeanManager;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The engine's expression manager, guarded: the expression guard sees every member access and method
 * call first, then the engine resolves variables, then declared CDI beans resolve by name. DMN
 * expressions in JUEL evaluated by the engine go through the same resolvers.
 */
class CdiExpressionManager extends JuelExpressionManager {

    private final BeanManager beanManager;
    private final ExpressionAllowList allowList;

    CdiExpressionManager(BeanManager beanManager, ExpressionAllowList allowList) {
        this.beanManager = beanManager;
        this.allowList = allowList;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new ExpressionGuard(allowList));
        resolver.add(super.createElResolver());
        resolver.add(new BeanManagerElResolver(beanManager, allowList));
        return resolver;
    }
}
