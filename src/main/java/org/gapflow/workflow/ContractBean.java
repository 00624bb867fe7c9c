package org.gapflow.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A CDI bean a model may name ({@code @Named}): how the model uses it, the methods an expression may
 * call on it (none for a bean used only as a delegate or listener), and the input parameters it reads
 * from its element (at least one of them must be given).
 */
public record ContractBean(String name, Use use, Set<String> methods, List<String> inputs) {

    /** Where the model names the bean. */
    public enum Use {
        /** {@code camunda:delegateExpression} of a service or send task. */
        DELEGATE,
        /** {@code camunda:delegateExpression} of an execution listener. */
        EXECUTION_LISTENER
    }

    public ContractBean {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(use, "use");
        methods = Set.copyOf(methods);
        inputs = List.copyOf(inputs);
    }

    public static ContractBean delegate(String name, String... inputs) {
        return new ContractBean(name, Use.DELEGATE, Set.of(), List.of(inputs));
    }

    public static ContractBean executionListener(String name) {
        return new ContractBean(name, Use.EXECUTION_LISTENER, Set.of(), List.of());
    }
}
