package org.gapflow.processadmin;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.gapflow.workflow.Actor;

/**
 * One model check at a time per user. A check deploys into a rolled-back transaction and may start
 * Node for bpmnlint: a user who presses Check again and again (or scripts it) gets a refusal for each
 * extra one instead of queueing work on the server.
 */
@ApplicationScoped
public class CheckSlots {

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** Runs the check for the user, or refuses it (ModelRefusedException) while one of theirs runs. */
    public <T> T run(Actor actor, String fileName, Supplier<T> check) {
        String user = actor.userId();
        if (!running.add(user)) {
            throw new ModelRefusedException(new CheckReport(fileName,
                    List.of(CheckMessage.error(CheckMessage.Stage.FILE, null, "check.busy"))));
        }
        try {
            return check.get();
        } finally {
            running.remove(user);
        }
    }
}
