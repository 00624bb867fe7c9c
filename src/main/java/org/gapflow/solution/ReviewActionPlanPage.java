package org.gapflow.solution;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import org.gapflow.review.ReviewCases;
import org.gapflow.web.CurrentUser;
import org.gapflow.web.FormFeedback;
import org.gapflow.tasks.TaskForm;

/** app/tasks/review-action-plan.xhtml: at the follow-up date, is the gap resolved? */
@Named
@ViewScoped
public class ReviewActionPlanPage implements Serializable {

    @Inject
    TaskForm taskForm;
    @Inject
    CurrentUser currentUser;
    @Inject
    SolutionService solutions;
    @Inject
    ReviewCases cases;

    private String outcome;
    @Size(max = ActionPlan.OUTCOME_LENGTH)
    private String notes;
    private LocalDate followUpDate;

    public List<ActionPlan> getPlans() {
        return solutions.plansOf(cases.require(taskForm.getCaseId()));
    }

    public List<SolutionChoice> getChoices() {
        return solutions.choicesOf(cases.require(taskForm.getCaseId())).stream().filter(SolutionChoice::isChosen).toList();
    }

    public String complete() {
        ActionPlanOutcome chosen = outcome == null ? null
                : java.util.Arrays.stream(ActionPlanOutcome.values()).filter(o -> o.code().equals(outcome)).findFirst().orElse(null);
        return FormFeedback.submit(() -> solutions.reviewActionPlan(currentUser.actor(), taskForm.getTask().getId(),
                chosen, notes, followUpDate), "reviewActionPlan.done", taskForm.getTask().getProcessInstanceId());
    }

    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public LocalDate getFollowUpDate() { return followUpDate; }
    public void setFollowUpDate(LocalDate followUpDate) { this.followUpDate = followUpDate; }
}
