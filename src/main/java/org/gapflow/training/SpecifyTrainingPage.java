package org.gapflow.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.TaskService;
import org.gapflow.review.ReviewCases;
import org.gapflow.web.CurrentUser;
import org.gapflow.web.FormFeedback;
import org.gapflow.tasks.TaskForm;
import org.gapflow.workflow.TaskDrafts;

/**
 * app/tasks/specify-training.xhtml: objectives, delivery, cost lines and expected benefit; the totals
 * and the forecast return update as the manager types. After "send back" it starts from the last
 * revision and shows HR's comments.
 */
@Named
@ViewScoped
public class SpecifyTrainingPage implements Serializable {

    public static final List<String> COST_CATEGORIES = List.of("fees", "travel", "time-away", "materials", "other");

    @Inject
    TaskForm taskForm;
    @Inject
    CurrentUser currentUser;
    @Inject
    TrainingService trainings;
    @Inject
    ReviewCases cases;
    @Inject
    TaskDrafts drafts;
    @Inject
    TaskService taskService;

    private Draft form;

    public static class Line implements Serializable {
        public String category = "fees";
        @Size(max = CostLine.DESCRIPTION_LENGTH)
        public String description;
        public BigDecimal amount;

        public String getCategory() { return category; }
        public void setCategory(String category) { this.category = category; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    public static class Draft implements Serializable {
        @Size(max = TrainingSpecification.OBJECTIVE_LENGTH)
        public String objectiveBehaviour;
        @Size(max = TrainingSpecification.OBJECTIVE_LENGTH)
        public String objectiveCondition;
        @Size(max = TrainingSpecification.OBJECTIVE_LENGTH)
        public String objectiveCriterion;
        public String deliveryFormat;
        @Size(max = TrainingSpecification.PROVIDER_LENGTH)
        public String provider;
        public Integer sessions;
        public LocalDate startDate;
        public LocalDate endDate;
        public BigDecimal expectedMonthlyBenefit;
        public Integer benefitMonths = 12;
        public List<String> evaluationLevels = new ArrayList<>(List.of("1", "2", "3", "4"));
        @Size(max = TrainingSpecification.EVALUATION_TARGETS_LENGTH)
        public String evaluationTargets;
        public List<Line> costLines = new ArrayList<>();

        public String getObjectiveBehaviour() { return objectiveBehaviour; }
        public void setObjectiveBehaviour(String v) { objectiveBehaviour = v; }
        public String getObjectiveCondition() { return objectiveCondition; }
        public void setObjectiveCondition(String v) { objectiveCondition = v; }
        public String getObjectiveCriterion() { return objectiveCriterion; }
        public void setObjectiveCriterion(String v) { objectiveCriterion = v; }
        public String getDeliveryFormat() { return deliveryFormat; }
        public void setDeliveryFormat(String v) { deliveryFormat = v; }
        public String getProvider() { return provider; }
        public void setProvider(String v) { provider = v; }
        public Integer getSessions() { return sessions; }
        public void setSessions(Integer v) { sessions = v; }
        public LocalDate getStartDate() { return startDate; }
        public void setStartDate(LocalDate v) { startDate = v; }
        public LocalDate getEndDate() { return endDate; }
        public void setEndDate(LocalDate v) { endDate = v; }
        public BigDecimal getExpectedMonthlyBenefit() { return expectedMonthlyBenefit; }
        public void setExpectedMonthlyBenefit(BigDecimal v) { expectedMonthlyBenefit = v; }
        public Integer getBenefitMonths() { return benefitMonths; }
        public void setBenefitMonths(Integer v) { benefitMonths = v; }
        public List<String> getEvaluationLevels() { return evaluationLevels; }
        public void setEvaluationLevels(List<String> v) { evaluationLevels = v; }
        public String getEvaluationTargets() { return evaluationTargets; }
        public void setEvaluationTargets(String v) { evaluationTargets = v; }
        public List<Line> getCostLines() { return costLines; }
    }

    public Draft getForm() {
        if (form == null) {
            String taskId = taskForm.getTask().getId();
            form = drafts.load(currentUser.actor(), taskId, Draft.class).orElseGet(this::fromLastRevision);
            if (form.costLines.isEmpty()) {
                form.costLines.add(new Line());
            }
        }
        return form;
    }

    private Draft fromLastRevision() {
        Draft fresh = new Draft();
        List<TrainingSpecification> revisions = trainings.specificationsOf(cases.require(taskForm.getCaseId()));
        if (revisions.isEmpty()) {
            return fresh;
        }
        TrainingSpecification last = revisions.get(revisions.size() - 1);
        fresh.objectiveBehaviour = last.getObjectiveBehaviour();
        fresh.objectiveCondition = last.getObjectiveCondition();
        fresh.objectiveCriterion = last.getObjectiveCriterion();
        fresh.deliveryFormat = last.getDeliveryFormat();
        fresh.provider = last.getProvider();
        fresh.sessions = last.getSessions();
        fresh.startDate = last.getStartDate();
        fresh.endDate = last.getEndDate();
        fresh.expectedMonthlyBenefit = last.getExpectedMonthlyBenefit();
        fresh.benefitMonths = last.getBenefitMonths();
        fresh.evaluationLevels = new ArrayList<>(Arrays.asList(last.getEvaluationLevels().split(",")));
        fresh.evaluationTargets = last.getEvaluationTargets();
        for (CostLine line : last.getCostLines()) {
            Line copy = new Line();
            copy.category = line.getCategory();
            copy.description = line.getDescription();
            copy.amount = line.getAmount();
            fresh.costLines.add(copy);
        }
        return fresh;
    }

    /** What HR asked to revise when they sent the request back; null on the first specification. */
    public String getApprovalComments() {
        Object comments = taskService.getVariable(taskForm.getTask().getId(), TrainingContract.APPROVAL_COMMENTS);
        return comments == null ? null : comments.toString();
    }

    public List<String> getFormats() {
        return TrainingService.FORMATS;
    }

    public List<String> getCostCategories() {
        return COST_CATEGORIES;
    }

    public BigDecimal getTotalCost() {
        return getForm().costLines.stream().map(l -> l.amount == null ? BigDecimal.ZERO : l.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getForecastBenefit() {
        Draft f = getForm();
        if (f.expectedMonthlyBenefit == null || f.benefitMonths == null) {
            return BigDecimal.ZERO;
        }
        return f.expectedMonthlyBenefit.multiply(BigDecimal.valueOf(f.benefitMonths));
    }

    /** Forecast ROI % = (benefit − cost) ÷ cost × 100; null while there is no cost yet. */
    public BigDecimal getForecastRoi() {
        BigDecimal cost = getTotalCost();
        if (cost.signum() == 0) {
            return null;
        }
        return getForecastBenefit().subtract(cost).multiply(BigDecimal.valueOf(100)).divide(cost, 1, RoundingMode.HALF_UP);
    }

    public void addLine() {
        getForm().costLines.add(new Line());
    }

    public void removeLine(Line line) {
        getForm().costLines.remove(line);
    }

    /** Called as the user types: nothing to do but let the totals re-render. */
    public void recalculate() {
        // the model is already updated by the ajax request
    }

    public void saveDraft() {
        FormFeedback.saveDraft(() -> drafts.save(currentUser.actor(), taskForm.getTask().getId(), getForm()));
    }

    public String complete() {
        Draft f = getForm();
        List<CostLine> lines = f.costLines.stream().map(l -> new CostLine(l.category,
                l.description == null ? null : l.description.trim(), l.amount)).toList();
        TrainingRequest request = new TrainingRequest(f.objectiveBehaviour, f.objectiveCondition, f.objectiveCriterion,
                f.deliveryFormat, f.provider, f.sessions == null ? 0 : f.sessions, f.startDate, f.endDate,
                f.expectedMonthlyBenefit, f.benefitMonths == null ? 0 : f.benefitMonths,
                f.evaluationLevels == null ? "" : String.join(",", f.evaluationLevels.stream().sorted().toList()),
                f.evaluationTargets, lines);
        return FormFeedback.submit(() -> trainings.specify(currentUser.actor(), taskForm.getTask().getId(), request),
                "specifyTraining.done");
    }
}
