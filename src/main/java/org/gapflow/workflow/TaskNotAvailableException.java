package org.gapflow.workflow;

/**
 * The task cannot be worked on by this user: it does not exist (a guessed or stale id), it was
 * completed already (perhaps a moment ago by someone else), or it belongs to someone else. The
 * message is written for the user.
 */
public class TaskNotAvailableException extends RuntimeException {

    public TaskNotAvailableException(String message) {
        super(message);
    }
}
