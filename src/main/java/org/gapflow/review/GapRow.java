package org.gapflow.review;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.validation.constraints.Size;

/** One gap as the form edits it (and as a draft stores it). */
public class GapRow implements Serializable {

    @Size(max = PerformanceGap.TITLE_LENGTH)
    private String title;
    private BigDecimal expectedStandard;
    private BigDecimal actualPerformance;
    @Size(max = PerformanceGap.UNIT_LENGTH)
    private String unit;
    private boolean lowerIsBetter;
    @Size(max = PerformanceGap.BUSINESS_RESULT_LENGTH)
    private String businessResult;
    private BigDecimal monthlyCost;
    @Size(max = PerformanceGap.EVIDENCE_LENGTH)
    private String evidence;

    public GapRow() {
    }

    static GapRow of(PerformanceGap gap) {
        GapRow row = new GapRow();
        row.title = gap.getTitle();
        row.expectedStandard = gap.getExpectedStandard();
        row.actualPerformance = gap.getActualPerformance();
        row.unit = gap.getUnit();
        row.lowerIsBetter = gap.isLowerIsBetter();
        row.businessResult = gap.getBusinessResult();
        row.monthlyCost = gap.getMonthlyCost();
        row.evidence = gap.getEvidence();
        return row;
    }

    GapInput toInput() {
        return new GapInput(title, expectedStandard, actualPerformance, unit, lowerIsBetter, businessResult,
                monthlyCost, evidence);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public BigDecimal getExpectedStandard() { return expectedStandard; }
    public void setExpectedStandard(BigDecimal expectedStandard) { this.expectedStandard = expectedStandard; }
    public BigDecimal getActualPerformance() { return actualPerformance; }
    public void setActualPerformance(BigDecimal actualPerformance) { this.actualPerformance = actualPerformance; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public boolean isLowerIsBetter() { return lowerIsBetter; }
    public void setLowerIsBetter(boolean lowerIsBetter) { this.lowerIsBetter = lowerIsBetter; }
    public String getBusinessResult() { return businessResult; }
    public void setBusinessResult(String businessResult) { this.businessResult = businessResult; }
    public BigDecimal getMonthlyCost() { return monthlyCost; }
    public void setMonthlyCost(BigDecimal monthlyCost) { this.monthlyCost = monthlyCost; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
}
