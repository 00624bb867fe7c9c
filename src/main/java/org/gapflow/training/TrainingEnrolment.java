package org.gapflow.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** {@code ${trainingEnrolment}}: the "Enrol and notify" step; the work is EnrolmentService's. */
@Named(TrainingContract.TRAINING_ENROLMENT)
@ApplicationScoped
public class TrainingEnrolment implements JavaDelegate {

    @Inject
    EnrolmentService enrolments;

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(TrainingContract.TRAINING_SPECIFICATION_ID);
        enrolments.enrol(id == null ? null : ((Number) id).longValue());
    }
}
