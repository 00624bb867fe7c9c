package org.gapflow.review;

import java.io.Serializable;

/** What a list of cases is narrowed to: part of the employee's name, and open or closed cases. */
public record CaseListFilter(String employeeNameContains, State state) implements Serializable {

    public enum State { ALL, OPEN, CLOSED }

    public static CaseListFilter all() {
        return new CaseListFilter(null, State.ALL);
    }

    public CaseListFilter {
        employeeNameContains = employeeNameContains == null || employeeNameContains.isBlank()
                ? null : employeeNameContains.strip();
        state = state == null ? State.ALL : state;
    }
}
