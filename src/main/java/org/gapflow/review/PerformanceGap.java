package org.gapflow.review;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** What the employee accomplishes against what the business needs, and what the difference costs. */
@Entity
@Table(name = "gf_performance_gap")
public class PerformanceGap {

    // column sizes (db/migration), also the forms' limits
    public static final int TITLE_LENGTH = 200;
    public static final int UNIT_LENGTH = 60;
    public static final int BUSINESS_RESULT_LENGTH = 200;
    public static final int EVIDENCE_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ReviewCase reviewCase;

    @Column(nullable = false, length = TITLE_LENGTH)
    @Size(max = TITLE_LENGTH)
    private String title;

    @Column(name = "expected_standard", nullable = false, precision = 14, scale = 4)
    private BigDecimal expectedStandard;

    @Column(name = "actual_performance", nullable = false, precision = 14, scale = 4)
    private BigDecimal actualPerformance;

    @Column(nullable = false, length = UNIT_LENGTH)
    @Size(max = UNIT_LENGTH)
    private String unit;

    @Column(name = "lower_is_better", nullable = false)
    private boolean lowerIsBetter;

    @Column(name = "business_result", nullable = false, length = BUSINESS_RESULT_LENGTH)
    @Size(max = BUSINESS_RESULT_LENGTH)
    private String businessResult;

    @Column(name = "monthly_cost", nullable = false, precision = 14, scale = 2)
    private BigDecimal monthlyCost;

    @Column(length = EVIDENCE_LENGTH)
    @Size(max = EVIDENCE_LENGTH)
    private String evidence;

    protected PerformanceGap() {
    }

    public PerformanceGap(String title, BigDecimal expectedStandard, BigDecimal actualPerformance, String unit,
                          boolean lowerIsBetter, String businessResult, BigDecimal monthlyCost, String evidence) {
        this.title = title;
        this.expectedStandard = expectedStandard;
        this.actualPerformance = actualPerformance;
        this.unit = unit;
        this.lowerIsBetter = lowerIsBetter;
        this.businessResult = businessResult;
        this.monthlyCost = monthlyCost;
        this.evidence = evidence;
    }

    void attachTo(ReviewCase reviewCase) {
        this.reviewCase = reviewCase;
    }

    /** How far performance falls short, in the gap's unit; positive while there is a gap. */
    public BigDecimal shortfall() {
        BigDecimal difference = expectedStandard.subtract(actualPerformance);
        return lowerIsBetter ? difference.negate() : difference;
    }

    public Long getId() {
        return id;
    }

    public ReviewCase getReviewCase() {
        return reviewCase;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getExpectedStandard() {
        return expectedStandard;
    }

    public BigDecimal getActualPerformance() {
        return actualPerformance;
    }

    public String getUnit() {
        return unit;
    }

    public boolean isLowerIsBetter() {
        return lowerIsBetter;
    }

    public String getBusinessResult() {
        return businessResult;
    }

    public BigDecimal getMonthlyCost() {
        return monthlyCost;
    }

    public String getEvidence() {
        return evidence;
    }
}
