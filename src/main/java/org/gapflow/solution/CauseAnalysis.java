package org.gapflow.solution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.gapflow.review.ReviewCase;

/** The manager's answers to the Mager &amp; Pipe / Gilbert questions for one case. */
@Entity
@Table(name = "gf_cause_analysis")
public class CauseAnalysis {

    // column sizes (db/migration), also the forms' limits
    public static final int NOTES_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ReviewCase reviewCase;

    @Column(name = "expectations_clear", nullable = false)
    private boolean expectationsClear;
    @Column(name = "feedback_given", nullable = false)
    private boolean feedbackGiven;
    @Column(name = "resources_adequate", nullable = false)
    private boolean resourcesAdequate;
    @Column(name = "consequences_right", nullable = false)
    private boolean consequencesRight;
    @Column(name = "could_do_before", nullable = false)
    private boolean couldDoBefore;
    @Column(name = "skill_used_often", nullable = false)
    private boolean skillUsedOften;
    @Column(name = "task_simplifiable", nullable = false)
    private boolean taskSimplifiable;
    @Column(name = "obstacles_present", nullable = false)
    private boolean obstaclesPresent;
    @Column(name = "has_potential", nullable = false)
    private boolean hasPotential;
    @Column(length = NOTES_LENGTH)
    @Size(max = NOTES_LENGTH)
    private String notes;

    protected CauseAnalysis() {
    }

    public CauseAnalysis(ReviewCase reviewCase, CauseAnswers answers) {
        this.reviewCase = reviewCase;
        update(answers);
    }

    public void update(CauseAnswers a) {
        expectationsClear = a.expectationsClear();
        feedbackGiven = a.feedbackGiven();
        resourcesAdequate = a.resourcesAdequate();
        consequencesRight = a.consequencesRight();
        couldDoBefore = a.couldDoBefore();
        skillUsedOften = a.skillUsedOften();
        taskSimplifiable = a.taskSimplifiable();
        obstaclesPresent = a.obstaclesPresent();
        hasPotential = a.hasPotential();
        notes = a.notes();
    }

    public CauseAnswers answers() {
        return new CauseAnswers(expectationsClear, feedbackGiven, resourcesAdequate, consequencesRight,
                couldDoBefore, skillUsedOften, taskSimplifiable, obstaclesPresent, hasPotential, notes);
    }

    public Long getId() {
        return id;
    }

    public ReviewCase getReviewCase() {
        return reviewCase;
    }
}
