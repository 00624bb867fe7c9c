package org.gapflow.training;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.gapflow.review.ReviewCase;

/** The gap measured again after the training, Kirkpatrick L1–L4 answers and the return (Phillips). */
@Entity
@Table(name = "gf_evaluation")
public class Evaluation {

    // column sizes (db/migration), also the forms' limits
    public static final int ANSWER_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ReviewCase reviewCase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "spec_id")
    private TrainingSpecification specification;

    @Column(name = "evaluated_by", nullable = false, length = 80)
    private String evaluatedBy;
    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Column(name = "new_measure", nullable = false, precision = 14, scale = 4)
    private BigDecimal newMeasure;
    @Column(name = "l1_reaction")
    private Integer l1Reaction;
    @Column(name = "l2_learning")
    private Integer l2Learning;
    @Column(name = "l3_behaviour", length = ANSWER_LENGTH)
    @Size(max = ANSWER_LENGTH)
    private String l3Behaviour;
    @Column(name = "l4_results", length = ANSWER_LENGTH)
    @Size(max = ANSWER_LENGTH)
    private String l4Results;

    @Column(name = "value_per_unit", nullable = false, precision = 14, scale = 2)
    private BigDecimal valuePerUnit;
    @Column(name = "months_counted", nullable = false)
    private int monthsCounted;
    @Column(name = "attribution_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal attributionShare;
    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal confidence;
    @Column(name = "fully_loaded_cost", nullable = false, precision = 14, scale = 2)
    private BigDecimal fullyLoadedCost;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal benefit;
    @Column(name = "roi_percent", nullable = false, precision = 10, scale = 2)
    private BigDecimal roiPercent;
    @Column(name = "benefit_cost_ratio", nullable = false, precision = 10, scale = 4)
    private BigDecimal benefitCostRatio;
    @Column(name = "gap_closed", nullable = false)
    private boolean gapClosed;

    protected Evaluation() {
    }

    public Evaluation(ReviewCase reviewCase, TrainingSpecification specification, String evaluatedBy,
                      EvaluationAnswers answers, BigDecimal fullyLoadedCost,
                      BigDecimal benefit, BigDecimal roiPercent, BigDecimal benefitCostRatio) {
        this.reviewCase = reviewCase;
        this.specification = specification;
        this.evaluatedBy = evaluatedBy;
        this.evaluatedAt = Instant.now();
        this.newMeasure = answers.newMeasure();
        this.l1Reaction = answers.l1Reaction();
        this.l2Learning = answers.l2Learning();
        this.l3Behaviour = answers.l3Behaviour();
        this.l4Results = answers.l4Results();
        this.valuePerUnit = answers.valuePerUnit();
        this.monthsCounted = answers.monthsCounted();
        this.attributionShare = answers.attributionShare();
        this.confidence = answers.confidence();
        this.fullyLoadedCost = fullyLoadedCost;
        this.benefit = benefit;
        this.roiPercent = roiPercent;
        this.benefitCostRatio = benefitCostRatio;
        this.gapClosed = answers.gapClosed();
    }

    public Long getId() {
        return id;
    }

    public ReviewCase getReviewCase() {
        return reviewCase;
    }

    public TrainingSpecification getSpecification() {
        return specification;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    public BigDecimal getNewMeasure() {
        return newMeasure;
    }

    public Integer getL1Reaction() {
        return l1Reaction;
    }

    public Integer getL2Learning() {
        return l2Learning;
    }

    public String getL3Behaviour() {
        return l3Behaviour;
    }

    public String getL4Results() {
        return l4Results;
    }

    public BigDecimal getValuePerUnit() {
        return valuePerUnit;
    }

    public int getMonthsCounted() {
        return monthsCounted;
    }

    public BigDecimal getAttributionShare() {
        return attributionShare;
    }

    public BigDecimal getConfidence() {
        return confidence;
    }

    public BigDecimal getFullyLoadedCost() {
        return fullyLoadedCost;
    }

    public BigDecimal getBenefit() {
        return benefit;
    }

    public BigDecimal getRoiPercent() {
        return roiPercent;
    }

    public BigDecimal getBenefitCostRatio() {
        return benefitCostRatio;
    }

    public boolean isGapClosed() {
        return gapClosed;
    }
}
