package org.gapflow.training;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The approved training, recorded; notifiedAt is set once its notices are in the outbox. */
@Entity
@Table(name = "gf_enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "spec_id")
    private TrainingSpecification specification;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    protected Enrolment() {
    }

    public Enrolment(TrainingSpecification specification) {
        this.specification = specification;
        this.enrolledAt = Instant.now();
    }

    public void markNotified() {
        this.notifiedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public TrainingSpecification getSpecification() {
        return specification;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }
}
