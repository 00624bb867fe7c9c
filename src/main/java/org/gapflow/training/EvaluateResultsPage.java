package org.gapflow.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import org.gapflow.review.PerformanceGap;
import org.gapflow.review.ReviewCases;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.web.CurrentUser;
import org.gapflow.web.FormFeedback;
import org.gapflow.tasks.TaskForm;
import org.gapflow.workflow.TaskDrafts;

/**
 * app/tasks/evaluate-results.xhtml: the baseline beside the new measure, Kirkpatrick L1–L4 and the
 * return after Phillips, recomputed as the manager types. Shares are entered in percent.
 */
@Named
@ViewScoped
public class EvaluateResultsPage implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    TaskForm taskForm;
    @Inject
    CurrentUser currentUser;
    @Inject
    EvaluationService evaluations;
    @Inject
    ReviewCases cases;
    @Inject
    TaskDrafts drafts;

    private Draft form;

    public static class Draft implements Serializable {
        public BigDecimal newMeasure;
        public Integer l1Reaction;
        public Integer l2Learning;
        @Size(max = Evaluation.ANSWER_LENGTH)
        public String l3Behaviour;
        @Size(max = Evaluation.ANSWER_LENGTH)
        public String l4Results;
        public BigDecimal valuePerUnit;
        public Integer monthsCounted = 12;
        public BigDecimal attributionPercent = BigDecimal.valueOf(50);
        public BigDecimal confidencePercent = BigDecimal.valueOf(80);
        public Boolean gapClosed;

        public BigDecimal getNewMeasure() { return newMeasure; }
        public void setNewMeasure(BigDecimal v) { newMeasure = v; }
        public Integer getL1Reaction() { return l1Reaction; }
        public void setL1Reaction(Integer v) { l1Reaction = v; }
        public Integer getL2Learning() { return l2Learning; }
        public void setL2Learning(Integer v) { l2Learning = v; }
        public String getL3Behaviour() { return l3Behaviour; }
        public void setL3Behaviour(String v) { l3Behaviour = v; }
        public String getL4Results() { return l4Results; }
        public void setL4Results(String v) { l4Results = v; }
        public BigDecimal getValuePerUnit() { return valuePerUnit; }
        public void setValuePerUnit(BigDecimal v) { valuePerUnit = v; }
        public Integer getMonthsCounted() { return monthsCounted; }
        public void setMonthsCounted(Integer v) { monthsCounted = v; }
        public BigDecimal getAttributionPercent() { return attributionPercent; }
        public void setAttributionPercent(BigDecimal v) { attributionPercent = v; }
        public BigDecimal getConfidencePercent() { return confidencePercent; }
        public void setConfidencePercent(BigDecimal v) { confidencePercent = v; }
        public Boolean getGapClosed() { return gapClosed; }
        public void setGapClosed(Boolean v) { gapClosed = v; }
    }

    public Draft getForm() {
        if (form == null) {
            form = drafts.load(currentUser.actor(), taskForm.getTask().getId(), Draft.class).orElseGet(Draft::new);
        }
        return form;
    }

    /** The gap as measured when the case began: the baseline. */
    public PerformanceGap getBaseline() {
        List<PerformanceGap> gaps = cases.gapsOf(taskForm.getCaseId());
        return gaps.isEmpty() ? null : gaps.get(0);
    }

    /** The return these answers give, or null while they are incomplete. */
    public RoiCalculation getRoi() {
        try {
            return evaluations.preview(currentUser.actor(), taskForm.getTask().getId(), answers());
        } catch (InvalidInputException | IllegalArgumentException incomplete) {
            return null;
        }
    }

    public boolean isNegativeReturn() {
        RoiCalculation roi = getRoi();
        return roi != null && roi.netBenefit().signum() < 0;
    }

    public void recalculate() {
        // the model is already updated by the ajax request; the result re-renders
    }

    public void saveDraft() {
        FormFeedback.saveDraft(() -> drafts.save(currentUser.actor(), taskForm.getTask().getId(), getForm()));
    }

    public String complete() {
        if (getForm().gapClosed == null) {
            FormFeedback.fieldErrors(InvalidInputException.of("gapClosed", FormFeedback.text("evaluate.gapClosedRequired")));
            return null;
        }
        EvaluationAnswers answers = answers();
        return FormFeedback.submit(() -> evaluations.evaluate(currentUser.actor(), taskForm.getTask().getId(), answers),
                "evaluate.done");
    }

    private EvaluationAnswers answers() {
        Draft f = getForm();
        return new EvaluationAnswers(f.newMeasure, f.l1Reaction, f.l2Learning, f.l3Behaviour, f.l4Results, f.valuePerUnit,
                f.monthsCounted == null ? 0 : f.monthsCounted, fraction(f.attributionPercent), fraction(f.confidencePercent),
                Boolean.TRUE.equals(f.gapClosed));
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.divide(HUNDRED, 4, RoundingMode.HALF_UP);
    }
}
