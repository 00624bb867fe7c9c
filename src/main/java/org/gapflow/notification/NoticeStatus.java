package org.gapflow.notification;

/** Where a notice stands in the outbox. */
public enum NoticeStatus {
    /** Written with the step that caused it; its dispatch job has not sent it yet (or will try again). */
    PENDING,
    /** The mail server accepted it. */
    SENT,
    /** No mail server is configured (the quick start): kept in the outbox only, never sent. */
    HELD,
    /** The last try failed; the dispatch job carries an incident an administrator can retry. */
    FAILED
}
