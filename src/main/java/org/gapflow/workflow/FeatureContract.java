package org.gapflow.workflow;

import java.util.List;

/**
 * What one feature promises the process model (processes/README.md): its steps, the process variables
 * it writes, its named beans with the methods a model may call, and its groups. Each feature has one
 * implementation, listed in META-INF/services, so workflow finds them without knowing the features.
 * Read them together through {@link ProcessContract}.
 */
public interface FeatureContract {

    default List<ContractStep> steps() {
        return List.of();
    }

    default List<ContractVariable> variables() {
        return List.of();
    }

    default List<ContractBean> beans() {
        return List.of();
    }

    /** Engine groups (GapFlow roles) a model may name as candidate groups. */
    default List<String> groups() {
        return List.of();
    }

    /** Properties of {@code execution} an expression may read. */
    default List<String> executionMembers() {
        return List.of();
    }

    /** Properties of {@code task} an expression may read. */
    default List<String> taskMembers() {
        return List.of();
    }
}
