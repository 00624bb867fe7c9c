package org.gapflow.cycle;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * Stands in for {@code ${caseParticipants}}: a reporting line kept in a map instead of the people
 * directory, changeable between steps to show that the model asks again when the case returns.
 */
final class FakeCaseParticipants implements ExecutionListener {

    private record Line(String manager, String managersManager) {
    }

    private final Map<Long, Line> reportingLines = new HashMap<>();

    FakeCaseParticipants reportsTo(long employeeId, String manager, String managersManager) {
        reportingLines.put(employeeId, new Line(manager, managersManager));
        return this;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object employeeId = execution.getVariable("employeeId");
        Line line = employeeId instanceof Long id ? reportingLines.get(id) : null;
        if (line == null) {
            throw new IllegalStateException("No manager known for employee " + employeeId);
        }
        execution.setVariable("manager", line.manager());
        execution.setVariable("managersManager", line.managersManager());
    }
}
