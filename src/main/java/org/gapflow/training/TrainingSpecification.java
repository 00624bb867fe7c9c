package org.gapflow.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.gapflow.review.ReviewCase;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What training is asked for and why: objectives (behaviour, condition, criterion), delivery, cost
 * lines, the benefit expected and how it will be evaluated. A revision after "send back" is a new row,
 * so HR's comments stay attached to the version they were about.
 */
@Entity
@Table(name = "gf_training_spec")
public class TrainingSpecification {

    // column sizes (db/migration), also the forms' limits
    public static final int OBJECTIVE_LENGTH = 1000;
    public static final int PROVIDER_LENGTH = 200;
    public static final int EVALUATION_TARGETS_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ReviewCase reviewCase;

    @Column(nullable = false)
    private int revision;

    @Column(name = "objective_behaviour", nullable = false, length = OBJECTIVE_LENGTH)
    @Size(max = OBJECTIVE_LENGTH)
    private String objectiveBehaviour;
    @Column(name = "objective_condition", nullable = false, length = OBJECTIVE_LENGTH)
    @Size(max = OBJECTIVE_LENGTH)
    private String objectiveCondition;
    @Column(name = "objective_criterion", nullable = false, length = OBJECTIVE_LENGTH)
    @Size(max = OBJECTIVE_LENGTH)
    private String objectiveCriterion;

    @Column(name = "delivery_format", nullable = false, length = 40)
    private String deliveryFormat;
    @Column(nullable = false, length = PROVIDER_LENGTH)
    @Size(max = PROVIDER_LENGTH)
    private String provider;
    @Column(nullable = false)
    private int sessions;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "expected_monthly_benefit", nullable = false, precision = 14, scale = 2)
    private BigDecimal expectedMonthlyBenefit;
    @Column(name = "benefit_months", nullable = false)
    private int benefitMonths;

    /** Kirkpatrick levels to evaluate, e.g. "1,2,3,4". */
    @Column(name = "evaluation_levels", nullable = false, length = 20)
    private String evaluationLevels;
    @Column(name = "evaluation_targets", length = EVALUATION_TARGETS_LENGTH)
    @Size(max = EVALUATION_TARGETS_LENGTH)
    private String evaluationTargets;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private SpecificationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "specification", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CostLine> costLines = new ArrayList<>();

    protected TrainingSpecification() {
    }

    public TrainingSpecification(ReviewCase reviewCase, int revision, TrainingRequest request) {
        this.reviewCase = reviewCase;
        this.revision = revision;
        this.objectiveBehaviour = request.objectiveBehaviour();
        this.objectiveCondition = request.objectiveCondition();
        this.objectiveCriterion = request.objectiveCriterion();
        this.deliveryFormat = request.deliveryFormat();
        this.provider = request.provider();
        this.sessions = request.sessions();
        this.startDate = request.startDate();
        this.endDate = request.endDate();
        this.expectedMonthlyBenefit = request.expectedMonthlyBenefit();
        this.benefitMonths = request.benefitMonths();
        this.evaluationLevels = request.evaluationLevels();
        this.evaluationTargets = request.evaluationTargets();
        this.status = SpecificationStatus.SUBMITTED;
        this.createdAt = Instant.now();
        for (CostLine line : request.costLines()) {
            line.attachTo(this);
            costLines.add(line);
        }
    }

    public BigDecimal totalCost() {
        return costLines.stream().map(CostLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Forecast benefit over the months counted, before attribution and confidence. */
    public BigDecimal forecastBenefit() {
        return expectedMonthlyBenefit.multiply(BigDecimal.valueOf(benefitMonths));
    }

    /** Forecast benefit / cost; zero when the training costs nothing (nothing to route on). */
    public BigDecimal forecastBenefitCostRatio() {
        BigDecimal cost = totalCost();
        return cost.signum() == 0 ? BigDecimal.ZERO
                : forecastBenefit().divide(cost, 4, java.math.RoundingMode.HALF_UP);
    }

    public void moveTo(SpecificationStatus next) {
        this.status = next;
    }

    public Long getId() {
        return id;
    }

    public ReviewCase getReviewCase() {
        return reviewCase;
    }

    public int getRevision() {
        return revision;
    }

    public String getObjectiveBehaviour() {
        return objectiveBehaviour;
    }

    public String getObjectiveCondition() {
        return objectiveCondition;
    }

    public String getObjectiveCriterion() {
        return objectiveCriterion;
    }

    public String getDeliveryFormat() {
        return deliveryFormat;
    }

    public String getProvider() {
        return provider;
    }

    public int getSessions() {
        return sessions;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getExpectedMonthlyBenefit() {
        return expectedMonthlyBenefit;
    }

    public int getBenefitMonths() {
        return benefitMonths;
    }

    public String getEvaluationLevels() {
        return evaluationLevels;
    }

    public String getEvaluationTargets() {
        return evaluationTargets;
    }

    public SpecificationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<CostLine> getCostLines() {
        return List.copyOf(costLines);
    }
}
