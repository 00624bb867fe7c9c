package org.gapflow.training;

import java.time.Instant;

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
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Who decided on a training request, when, at which level, how and why. */
@Entity
@Table(name = "gf_approval_decision")
public class ApprovalDecision {

    // column sizes (db/migration), also the forms' limits
    public static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "spec_id")
    private TrainingSpecification specification;

    /** "hr" or "budget-holder". */
    @Column(name = "approval_level", nullable = false, length = 30)
    private String level;

    @Column(name = "decided_by", nullable = false, length = 80)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ApprovalOutcome outcome;

    @Column(length = REASON_LENGTH)
    @Size(max = REASON_LENGTH)
    private String reason;

    protected ApprovalDecision() {
    }

    public ApprovalDecision(TrainingSpecification specification, String level, String decidedBy,
                            ApprovalOutcome outcome, String reason) {
        this.specification = specification;
        this.level = level;
        this.decidedBy = decidedBy;
        this.outcome = outcome;
        this.reason = reason;
        this.decidedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public TrainingSpecification getSpecification() {
        return specification;
    }

    public String getLevel() {
        return level;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public ApprovalOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }
}
