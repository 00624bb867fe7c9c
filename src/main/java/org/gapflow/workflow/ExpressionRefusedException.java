package org.gapflow.workflow;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An expression tried to reach something no declaration allows. Nothing was called; in a job the
 * failure becomes an incident whose message says what was refused.
 */
public class ExpressionRefusedException extends ProcessEngineException {

    ExpressionRefusedException(String message) {
        super("Expression refused by GapFlow's expression guard: " + message);
    }
}
