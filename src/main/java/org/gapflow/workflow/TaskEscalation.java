package org.gapflow.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder sent or an escalation made for an overdue task: shown on the task and in the case timeline. */
@Entity
@Table(name = "gf_task_escalation")
public class TaskEscalation {

    public static final String REMINDER = "REMINDER";
    public static final String ESCALATION = "ESCALATION";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Column(name = "process_instance_id", nullable = false, length = 64)
    private String processInstanceId;

    @Column(name = "task_name", nullable = false, length = 200)
    private String taskName;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "escalated_to", nullable = false, length = 80)
    private String escalatedTo;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected TaskEscalation() {
    }

    public TaskEscalation(String taskId, String processInstanceId, String taskName, String kind, String escalatedTo) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.taskName = taskName;
        this.kind = kind;
        this.escalatedTo = escalatedTo;
        this.occurredAt = Instant.now();
    }

    public String getTaskId() {
        return taskId;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getTaskName() {
        return taskName;
    }

    public String getKind() {
        return kind;
    }

    public String getEscalatedTo() {
        return escalatedTo;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
