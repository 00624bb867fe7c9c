package org.gapflow.platform;

/** The user's role or reporting line does not allow this; the message is written for the user. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
