package org.gapflow.workflow;

import java.util.Objects;

/**
 * A process variable of the contract, declared by the feature that writes it.
 *
 * @param personal true for names, user ids and free text: never shown to process owners, never a
 *                 decision input
 */
public record ContractVariable(String name, Class<?> type, Source source, boolean personal) {

    /** Who gives the variable its value. */
    public enum Source {
        /** GapFlow's code: a starter, a form's submit, a bean. */
        GAPFLOW,
        /** The engine, from a decision's result. */
        DECISION,
        /**
         * A default the model declares as an extension property of the process, which
         * processDataDefaults copies into a new case: present only when the model declares it.
         */
        MODEL_DEFAULT,
        /** A bean, on the task only (task-local). */
        TASK_LOCAL
    }

    public ContractVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
    }

    public static ContractVariable of(String name, Class<?> type) {
        return new ContractVariable(name, type, Source.GAPFLOW, false);
    }

    public static ContractVariable personal(String name, Class<?> type) {
        return new ContractVariable(name, type, Source.GAPFLOW, true);
    }

    public static ContractVariable decision(String name, Class<?> type) {
        return new ContractVariable(name, type, Source.DECISION, false);
    }

    /** An ISO-8601 duration or cycle the model declares as a default. */
    public static ContractVariable modelDefault(String name) {
        return new ContractVariable(name, String.class, Source.MODEL_DEFAULT, false);
    }

    public static ContractVariable taskLocal(String name, Class<?> type, boolean personal) {
        return new ContractVariable(name, type, Source.TASK_LOCAL, personal);
    }
}
