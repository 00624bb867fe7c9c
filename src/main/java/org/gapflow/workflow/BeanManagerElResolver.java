package org.gapflow.workflow;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Set;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Resolves a bare name in a BPMN or DMN expression ({@code ${enrolmentDelegate}}) to the CDI bean of
 * that {@code @Named}, when the allow-list declares it (no other bean is reachable from a model).
 * Process variables win: this resolver comes after the engine's own.
 * Works on request threads and on job executor threads alike (the application context is always active).
 */
class BeanManagerElResolver extends ELResolver {

    private final BeanManager beanManager;
    private final ExpressionAllowList allowList;

    BeanManagerElResolver(BeanManager beanManager, ExpressionAllowList allowList) {
        this.beanManager = beanManager;
        this.allowList = allowList;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name) || !allowList.isBean(name)) {
            return null;
        }
        Set<Bean<?>> beans = beanManager.getBeans(name);
        if (beans.isEmpty()) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beans);
        CreationalContext<?> creationalContext = beanManager.createCreationalContext(bean);
        Object reference = beanManager.getReference(bean, Object.class, creationalContext);
        context.setPropertyResolved(true);
        return reference;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // beans are not assignable from expressions
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? Object.class : null;
    }
}
