package org.gapflow.training;

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

/** One item of a training's fully loaded cost: fees, travel, the participant's time away, materials. */
@Entity
@Table(name = "gf_training_cost_line")
public class CostLine {

    // column sizes (db/migration), also the forms' limits
    public static final int DESCRIPTION_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "spec_id")
    private TrainingSpecification specification;

    @Column(nullable = false, length = 40)
    private String category;

    @Column(nullable = false, length = DESCRIPTION_LENGTH)
    @Size(max = DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected CostLine() {
    }

    public CostLine(String category, String description, BigDecimal amount) {
        this.category = category;
        this.description = description;
        this.amount = amount;
    }

    void attachTo(TrainingSpecification specification) {
        this.specification = specification;
    }

    public String getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
