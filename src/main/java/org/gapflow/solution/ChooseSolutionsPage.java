package org.gapflow.solution;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import org.gapflow.web.CurrentUser;
import org.gapflow.web.FormFeedback;
import org.gapflow.tasks.TaskForm;
import org.gapflow.workflow.TaskDrafts;

/**
 * app/tasks/choose-solutions.xhtml: every solution with the decision's recommendation and reason; the
 * manager confirms or departs from it (with a reason), and plans the non-training ones.
 */
@Named
@ViewScoped
public class ChooseSolutionsPage implements Serializable {

    @Inject
    TaskForm taskForm;
    @Inject
    CurrentUser currentUser;
    @Inject
    SolutionService solutions;
    @Inject
    TaskDrafts drafts;

    private Draft form;

    public static class Row implements Serializable {
        public String code;
        public boolean recommended;
        public String reason;
        public boolean chosen;
        @Size(max = SolutionChoice.OVERRIDE_REASON_LENGTH)
        public String overrideReason;

        public String getCode() { return code; }
        public boolean isRecommended() { return recommended; }
        public String getReason() { return reason; }
        public boolean isChosen() { return chosen; }
        public void setChosen(boolean chosen) { this.chosen = chosen; }
        public String getOverrideReason() { return overrideReason; }
        public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    }

    public static class Draft implements Serializable {
        public List<Row> rows = new ArrayList<>();
        @Size(max = ActionPlan.DESCRIPTION_LENGTH)
        public String actionPlan;
        public LocalDate followUpDate;

        public List<Row> getRows() { return rows; }
        public String getActionPlan() { return actionPlan; }
        public void setActionPlan(String actionPlan) { this.actionPlan = actionPlan; }
        public LocalDate getFollowUpDate() { return followUpDate; }
        public void setFollowUpDate(LocalDate followUpDate) { this.followUpDate = followUpDate; }
    }

    public Draft getForm() {
        if (!taskForm.isAvailable()) {
            // the rows are built with the view (c:forEach) even when the template shows the refusal
            return new Draft();
        }
        if (form == null) {
            String taskId = taskForm.getTask().getId();
            form = drafts.load(currentUser.actor(), taskId, Draft.class).orElseGet(() -> recommendation(taskId));
        }
        return form;
    }

    /** All solutions, recommended ones first and ticked, as the decision proposes. */
    private Draft recommendation(String taskId) {
        List<Recommendation> recommended = solutions.recommendations(currentUser.actor(), taskId);
        Draft fresh = new Draft();
        for (Recommendation r : recommended) {
            Row row = new Row();
            row.code = r.solution().code();
            row.recommended = true;
            row.reason = r.reason();
            row.chosen = true;
            fresh.rows.add(row);
        }
        for (SolutionCode code : SolutionCode.values()) {
            if (recommended.stream().noneMatch(r -> r.solution() == code)) {
                Row row = new Row();
                row.code = code.code();
                fresh.rows.add(row);
            }
        }
        return fresh;
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public void saveDraft() {
        FormFeedback.saveDraft(() -> drafts.save(currentUser.actor(), taskForm.getTask().getId(), getForm()));
    }

    public String complete() {
        List<SolutionDecision> decisions = getForm().rows.stream()
                .map(r -> new SolutionDecision(SolutionCode.byCode(r.code).orElseThrow(), r.chosen, r.overrideReason))
                .toList();
        return FormFeedback.submit(() -> solutions.chooseSolutions(currentUser.actor(), taskForm.getTask().getId(),
                decisions, getForm().actionPlan, getForm().followUpDate), "chooseSolutions.done", taskForm.getTask().getProcessInstanceId());
    }
}
