package org.gapflow.gap;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.gapflow.people.Employee;
import org.gapflow.people.PeopleDirectory;
import org.gapflow.people.Role;

/**
 * Start listener {@code ${caseParticipants}}: resolves who works on the case from the reporting line
 * at run time — {@code manager} (the employee's manager) and {@code managersManager} (the next level
 * up, who receives escalations; an HR lead where the manager reports to no one with a login).
 */
@Named("caseParticipants")
@ApplicationScoped
public class CaseParticipants implements ExecutionListener {

    @Inject
    PeopleDirectory people;

    @Override
    public void notify(DelegateExecution execution) {
        Long employeeId = ((Number) execution.getVariable(CaseVariables.EMPLOYEE_ID)).longValue();
        List<Employee> chain = people.managementChainOf(employeeId).stream()
                .filter(m -> m.getUsername() != null)
                .toList();
        if (chain.isEmpty()) {
            throw new IllegalStateException("Employee " + employeeId + " has no manager with a GapFlow login");
        }
        execution.setVariable(CaseVariables.MANAGER, chain.get(0).getUsername());
        String escalationTarget = chain.size() > 1 ? chain.get(1).getUsername()
                : people.usernamesInRole(Role.HR_LEAD).stream().findFirst().orElse(chain.get(0).getUsername());
        execution.setVariable(CaseVariables.MANAGERS_MANAGER, escalationTarget);
    }
}
