package org.gapflow.workflow;

import java.beans.FeatureDescriptor;
import java.beans.Introspector;
import java.util.Iterator;

import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * The second wall: the first resolver the engine asks about any member access or method call in an
 * expression, for every model whatever its version or origin. It lets through only the members of
 * execution and task and the methods of declared beans that the allow-list names, and refuses
 * everything else (a class, a method of a variable's value, reflection) before any other resolver
 * could call it. Reading variables and naming beans is left to the resolvers after it.
 */
class ExpressionGuard extends ELResolver {

    private final ExpressionAllowList allowList;

    ExpressionGuard(ExpressionAllowList allowList) {
        this.allowList = allowList;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null && !memberAllowed(base, String.valueOf(property))) {
            throw new ExpressionRefusedException("reading " + property + " of " + describe(base) + " is not allowed");
        }
        return null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        String name = String.valueOf(method);
        if (base == null) {
            throw new ExpressionRefusedException("calling " + name + " without a declared bean is not allowed");
        }
        String bean = beanName(base);
        boolean allowed = bean != null ? allowList.isBean(bean) && allowList.isBeanMethod(bean, name)
                : memberAllowed(base, name);
        if (!allowed) {
            throw new ExpressionRefusedException("calling " + name + " on " + describe(base)
                    + " is not allowed: only declared methods of declared beans may be called");
        }
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null) {
            throw new ExpressionRefusedException("writing " + property + " of " + describe(base) + " is not allowed");
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    private boolean memberAllowed(Object base, String member) {
        if (base instanceof DelegateTask) {
            return allowList.isTaskMember(member);
        }
        if (base instanceof DelegateExecution) {
            return allowList.isExecutionMember(member);
        }
        return false;
    }

    /** The @Named name of a bean instance or of the class a CDI proxy stands for, else null. */
    static String beanName(Object base) {
        for (Class<?> type = base.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            Named named = type.getDeclaredAnnotation(Named.class);
            if (named != null) {
                return named.value().isEmpty() ? Introspector.decapitalize(type.getSimpleName()) : named.value();
            }
        }
        return null;
    }

    private static String describe(Object base) {
        if (base instanceof Class<?> type) {
            return "class " + type.getName();
        }
        String bean = beanName(base);
        return bean != null ? "bean " + bean : "a value of type " + base.getClass().getName();
    }
}
