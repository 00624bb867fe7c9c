package org.gapflow.dashboard;

import java.io.Serializable;

import org.gapflow.solution.CauseProblem;

/** In how many analysed cases a cause was found, of how many analysed. */
public record CauseTally(CauseProblem cause, long cases, long analysed) implements Serializable {

    public String getCode() {
        return cause.code();
    }

    /** Share of the analysed cases, in whole percent. */
    public long percent() {
        return analysed == 0 ? 0 : Math.round(cases * 100.0 / analysed);
    }
}
