package org.gapflow.workflow;

import java.util.List;
import java.util.Objects;

/**
 * A user task the model may hold: its id (the task definition key), the form key of its page, and the
 * variables that page's submit sets.
 */
public record ContractStep(String id, String formKey, List<String> sets) {

    public ContractStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(formKey, "formKey");
        sets = List.copyOf(sets);
    }

    public static ContractStep of(String id, String formKey, String... sets) {
        return new ContractStep(id, formKey, List.of(sets));
    }
}
