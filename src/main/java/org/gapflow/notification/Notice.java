package org.gapflow.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One mail to one recipient, in the outbox: what GapFlow sends, or would send without a mail server. */
@Entity
@Table(name = "gf_notice")
public class Notice {

    static final int RECIPIENT_LENGTH = 320;
    static final int SUBJECT_LENGTH = 500;
    static final int BODY_LENGTH = 20000;
    static final int LINK_LENGTH = 1000;
    static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false, length = 64)
    private String batchId;

    @Column(nullable = false, length = RECIPIENT_LENGTH)
    private String recipient;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, length = BODY_LENGTH)
    private String body;

    @Column(length = LINK_LENGTH)
    private String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    protected Notice() {
    }

    Notice(String batchId, String recipient, String subject, String body, String link) {
        this.batchId = batchId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.status = NoticeStatus.PENDING;
        this.createdAt = Instant.now();
    }

    void markSent() {
        status = NoticeStatus.SENT;
        sentAt = Instant.now();
        attempts++;
        lastError = null;
    }

    void markHeld() {
        status = NoticeStatus.HELD;
    }

    void markFailedAttempt(String error, boolean lastTry) {
        attempts++;
        lastError = clip(error, ERROR_LENGTH);
        if (lastTry) {
            status = NoticeStatus.FAILED;
        }
    }

    static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "\u2026";
    }

    public Long getId() {
        return id;
    }

    public String getBatchId() {
        return batchId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
