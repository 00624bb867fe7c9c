package org.gapflow.processadmin;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of the change log: who deployed, migrated or rolled back what, when and why. Never updated. */
@Entity
@Table(name = "gf_model_change")
public class ModelChange {

    // column sizes (db/migration), also the forms' limits
    public static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ModelChangeKind kind;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "resource_name", length = 200)
    private String resourceName;

    @Column(name = "deployment_id", length = 64)
    private String deploymentId;

    @Column(name = "source_definition_id", length = 255)
    private String sourceDefinitionId;

    @Column(name = "target_definition_id", length = 255)
    private String targetDefinitionId;

    @Column(name = "instance_count")
    private Integer instanceCount;

    @Column(name = "batch_id", length = 64)
    private String batchId;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(nullable = false, length = REASON_LENGTH)
    @Size(max = REASON_LENGTH)
    private String reason;

    protected ModelChange() {
    }

    private ModelChange(ModelChangeKind kind, String actor, String summary, String reason) {
        this.kind = kind;
        this.actor = actor;
        this.happenedAt = Instant.now();
        this.summary = summary;
        this.reason = reason;
    }

    static ModelChange deployment(ModelChangeKind kind, String actor, String resourceName, String deploymentId,
                                  String sourceDefinitionId, String summary, String reason) {
        ModelChange change = new ModelChange(kind, actor, summary, reason);
        change.resourceName = resourceName;
        change.deploymentId = deploymentId;
        change.sourceDefinitionId = sourceDefinitionId;
        return change;
    }

    static ModelChange migration(String actor, String sourceDefinitionId, String targetDefinitionId, int instances,
                                 String batchId, String summary, String reason) {
        ModelChange change = new ModelChange(ModelChangeKind.MIGRATE, actor, summary, reason);
        change.sourceDefinitionId = sourceDefinitionId;
        change.targetDefinitionId = targetDefinitionId;
        change.instanceCount = instances;
        change.batchId = batchId;
        return change;
    }

    public Long getId() {
        return id;
    }

    public ModelChangeKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getResourceName() {
        return resourceName;
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    public String getSourceDefinitionId() {
        return sourceDefinitionId;
    }

    public String getTargetDefinitionId() {
        return targetDefinitionId;
    }

    public Integer getInstanceCount() {
        return instanceCount;
    }

    public String getBatchId() {
        return batchId;
    }

    public String getSummary() {
        return summary;
    }

    public String getReason() {
        return reason;
    }
}
