package org.gapflow.solution;

import java.time.Instant;
import java.time.LocalDate;

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

import org.gapflow.review.ReviewCase;

/** The non-training solutions as a tracked plan; the follow-up date brings the case back to the manager. */
@Entity
@Table(name = "gf_action_plan")
public class ActionPlan {

    // column sizes (db/migration), also the forms' limits
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int OUTCOME_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ReviewCase reviewCase;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    @Size(max = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "follow_up_date", nullable = false)
    private LocalDate followUpDate;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(length = OUTCOME_LENGTH)
    @Size(max = OUTCOME_LENGTH)
    private String outcome;

    protected ActionPlan() {
    }

    public ActionPlan(ReviewCase reviewCase, String description, LocalDate followUpDate) {
        this.reviewCase = reviewCase;
        this.description = description;
        this.followUpDate = followUpDate;
    }

    public void complete(String outcome) {
        this.outcome = outcome;
        this.completedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
