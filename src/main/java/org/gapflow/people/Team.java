package org.gapflow.people;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "gf_team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 120)
    private String name;

    @Column(name = "training_budget", nullable = false, precision = 14, scale = 2)
    private BigDecimal trainingBudget = BigDecimal.ZERO;

    protected Team() {
    }

    public Team(String name, BigDecimal trainingBudget) {
        this.name = name;
        this.trainingBudget = trainingBudget;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getTrainingBudget() {
        return trainingBudget;
    }
}
