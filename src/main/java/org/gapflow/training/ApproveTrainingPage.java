package org.gapflow.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import org.gapflow.people.Team;
import org.gapflow.solution.SolutionChoice;
import org.gapflow.solution.SolutionService;
import org.gapflow.web.CurrentUser;
import org.gapflow.web.FormFeedback;
import org.gapflow.tasks.TaskForm;

/**
 * app/tasks/approve-training.xhtml, for HR and for the budget holder: the whole case, the team's
 * budget and the forecast, then approve, reject (with the reason) or send back (with what to revise).
 */
@Named
@ViewScoped
public class ApproveTrainingPage implements Serializable {

    @Inject
    TaskForm taskForm;
    @Inject
    CurrentUser currentUser;
    @Inject
    ApprovalService approvals;
    @Inject
    SolutionService solutions;
    @Inject
    TeamBudget budget;

    private String outcome;
    @Size(max = ApprovalDecision.REASON_LENGTH)
    private String reason;
    private transient TrainingSpecification request;

    /** The request under decision, loaded for this request only (entities are not kept in the view). */
    public TrainingSpecification getRequest() {
        if (request == null) {
            request = approvals.requestAt(currentUser.actor(), taskForm.getTask().getId());
        }
        return request;
    }

    public List<SolutionChoice> getChosenSolutions() {
        return solutions.choicesOf(getRequest().getReviewCase()).stream().filter(SolutionChoice::isChosen).toList();
    }

    public List<ApprovalDecision> getDecisions() {
        return approvals.decisionsOn(getRequest());
    }

    public Team getTeam() {
        return getRequest().getReviewCase().getEmployee().getTeam();
    }

    public BigDecimal getBudgetCommitted() {
        return getTeam() == null ? BigDecimal.ZERO : budget.committed(getTeam());
    }

    public BigDecimal getBudgetAvailable() {
        return budget.available(getTeam());
    }

    public BigDecimal getForecastRoi() {
        BigDecimal cost = getRequest().totalCost();
        return cost.signum() == 0 ? null : getRequest().forecastBenefit().subtract(cost)
                .multiply(BigDecimal.valueOf(100)).divide(cost, 1, java.math.RoundingMode.HALF_UP);
    }

    public boolean isBudgetHolderStep() {
        return ApprovalService.APPROVE_BY_BUDGET_HOLDER.equals(taskForm.getTask().getTaskDefinitionKey());
    }

    public String complete() {
        ApprovalOutcome chosen = outcome == null ? null : java.util.Arrays.stream(ApprovalOutcome.values())
                .filter(o -> o.code().equals(outcome)).findFirst().orElse(null);
        return FormFeedback.submit(() -> approvals.decide(currentUser.actor(), taskForm.getTask().getId(), chosen, reason),
                "approveTraining.done");
    }

    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
