package org.gapflow.workflow;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A step form saved without completing it, as JSON of the form's fields. */
@Entity
@Table(name = "gf_task_draft")
@IdClass(TaskDraft.Key.class)
public class TaskDraft {

    /** The column's size (db/migration); drafts are form fields, anything larger is not a form a person filled in. */
    public static final int CONTENT_LENGTH = 20_000;

    @Id
    @Column(name = "task_id", length = 64)
    private String taskId;

    @Id
    @Column(length = 80)
    private String username;

    @Column(nullable = false, length = CONTENT_LENGTH)
    private String content;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected TaskDraft() {
    }

    TaskDraft(String taskId, String username, String content) {
        this.taskId = taskId;
        this.username = username;
        update(content);
    }

    void update(String newContent) {
        this.content = newContent;
        this.savedAt = Instant.now();
    }

    public String getContent() {
        return content;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public static class Key implements Serializable {
        private String taskId;
        private String username;

        public Key() {
        }

        Key(String taskId, String username) {
            this.taskId = taskId;
            this.username = username;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(taskId, k.taskId) && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(taskId, username);
        }
    }
}
