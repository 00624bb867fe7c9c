package org.gapflow.processadmin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A revised BPMN or DMN file a process owner saved (from the editor or an upload) and has not deployed yet. */
@Entity
@Table(name = "gf_model_draft")
public class ModelDraft {

    // column sizes (db/migration), also the forms' limits
    public static final int NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    // VARCHAR on both databases (the migration's column); Hibernate would expect a CLOB at this length
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 3_000_000)
    private String content;

    /** The definition the draft was opened on, if any: the editor and the migration compare against it. */
    @Column(name = "based_on", length = 64)
    private String basedOn;

    @Column(length = NOTE_LENGTH)
    @Size(max = NOTE_LENGTH)
    private String note;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected ModelDraft() {
    }

    public ModelDraft(ModelFile file, String basedOn, String note, String user) {
        this.createdBy = user;
        this.createdAt = Instant.now();
        this.basedOn = basedOn;
        update(file, note, user);
    }

    public final void update(ModelFile file, String note, String user) {
        this.fileName = file.name();
        this.content = new String(file.content(), StandardCharsets.UTF_8);
        this.note = note;
        this.updatedBy = user;
        this.updatedAt = Instant.now();
    }

    public ModelFile file() {
        return new ModelFile(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContent() {
        return content;
    }

    public String getBasedOn() {
        return basedOn;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
