package org.gapflow.review.view;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a case's timeline: when, what (the step or event, named as in the model), who (a user, or
 * a group while a task waits in its queue; null for the system), the outcome, and why (the reason someone
 * gave, or the rule that decided).
 */
public record TimelineEntry(
        Instant at,
        TimelineKind kind,
        String activityId,
        String name,
        String actor,
        String actorName,
        boolean actorIsGroup,
        Phrase outcome,
        Phrase why) implements Serializable {
}
