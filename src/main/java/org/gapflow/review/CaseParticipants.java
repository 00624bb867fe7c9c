package org.gapflow.review;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.gapflow.people.Employee;
import org.gapflow.people.PeopleDirectory;
import org.gapflow.workflow.WorkflowContract;

/**
 * Start listener {@code ${caseParticipants}}: resolves who works on the case from the reporting line
 * at run time — {@code manager} (the employee's manager) and {@code managersManager} (the next level
 * up, who receives escalations; null where the manager reports to no one with a login). A cycle the
 * model starts itself (a reopened gap) gets its case record linked here too.
 */
@Named(ReviewContract.CASE_PARTICIPANTS)
@ApplicationScoped
public class CaseParticipants implements ExecutionListener {

    @Inject
    PeopleDirectory people;

    @Inject
    ReviewCases cases;

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.hasVariable(WorkflowContract.CASE_ID) && execution.hasVariable(ReviewContract.PREVIOUS_CASE_ID)) {
            // a cycle the model started itself (gap reopened): link the case the evaluation prepared
            ReviewCase reopened = cases.linkReopened((String) execution.getVariable(ReviewContract.PREVIOUS_CASE_ID),
                    execution.getProcessInstanceId());
            execution.setVariable(WorkflowContract.CASE_ID, reopened.getId());
        }
        Long employeeId = ((Number) execution.getVariable(WorkflowContract.EMPLOYEE_ID)).longValue();
        List<Employee> chain = people.managementChainOf(employeeId).stream()
                .filter(m -> m.getUsername() != null)
                .toList();
        if (chain.isEmpty()) {
            throw new IllegalStateException("Employee " + employeeId + " has no manager with a GapFlow login");
        }
        execution.setVariable(ReviewContract.MANAGER, chain.get(0).getUsername());
        // null at the top of the reporting line: the model then escalates to the hr-lead group
        execution.setVariable(ReviewContract.MANAGERS_MANAGER, chain.size() > 1 ? chain.get(1).getUsername() : null);
    }
}
