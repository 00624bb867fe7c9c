package org.gapflow.cycle;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Stands in for {@code ${trainingEnrolment}}: records the enrolled specification, or fails like a
 * mail server that is down, for as many attempts as asked.
 */
final class FakeTrainingEnrolment implements JavaDelegate {

    final List<Long> enrolledSpecifications = new ArrayList<>();
    int attempts;
    private int failuresLeft;

    FakeTrainingEnrolment failNextAttempts(int count) {
        failuresLeft = count;
        return this;
    }

    @Override
    public void execute(DelegateExecution execution) {
        attempts++;
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("Mail server unavailable");
        }
        enrolledSpecifications.add((Long) execution.getVariable("trainingSpecificationId"));
    }
}
