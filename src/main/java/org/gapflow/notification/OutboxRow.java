package org.gapflow.notification;

import java.time.Instant;

import org.gapflow.notification.NoticeStatus;

/** One notice as the outbox page lists it. */
public record OutboxRow(Long id, String recipient, String subject, String body, String link, NoticeStatus status,
        Instant createdAt, Instant sentAt, int attempts, String lastError) {

    /** The status as a message key suffix (outbox.status.HELD ...). */
    public String statusKey() {
        return status.name();
    }
}
