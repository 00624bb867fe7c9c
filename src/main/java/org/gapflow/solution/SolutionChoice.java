package org.gapflow.solution;

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

import org.gapflow.review.ReviewCase;

/**
 * A solution as recommended by the decision and as decided by the manager. A choice that departs
 * from the recommendation (chosen but not recommended, or recommended but declined) carries the
 * manager's reason.
 */
@Entity
@Table(name = "gf_solution_choice")
public class SolutionChoice {

    // column sizes (db/migration), also the forms' limits
    public static final int OVERRIDE_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ReviewCase reviewCase;

    @Column(name = "solution_code", nullable = false, length = 40)
    private String solutionCode;

    @Column(nullable = false)
    private boolean recommended;

    @Column(nullable = false)
    private boolean chosen;

    @Column(length = 1000)
    private String reason;

    @Column(name = "override_reason", length = OVERRIDE_REASON_LENGTH)
    @Size(max = OVERRIDE_REASON_LENGTH)
    private String overrideReason;

    protected SolutionChoice() {
    }

    public SolutionChoice(ReviewCase reviewCase, SolutionCode code, boolean recommended, boolean chosen,
                          String reason, String overrideReason) {
        this.reviewCase = reviewCase;
        this.solutionCode = code.code();
        this.recommended = recommended;
        this.chosen = chosen;
        this.reason = reason;
        this.overrideReason = overrideReason;
    }

    public boolean isOverride() {
        return recommended != chosen;
    }

    public SolutionCode getSolution() {
        return SolutionCode.byCode(solutionCode).orElseThrow();
    }

    public String getSolutionCode() {
        return solutionCode;
    }

    public boolean isRecommended() {
        return recommended;
    }

    public boolean isChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public String getOverrideReason() {
        return overrideReason;
    }
}
