package org.gapflow.processadmin;

import java.util.List;

/** All findings of one model check; the model may be deployed only when none is an error. */
public record CheckReport(String fileName, List<CheckMessage> messages) {

    public CheckReport {
        messages = List.copyOf(messages);
    }

    public boolean passed() {
        return messages.stream().noneMatch(CheckMessage::isError);
    }

    public List<CheckMessage> errors() {
        return messages.stream().filter(CheckMessage::isError).toList();
    }

    public boolean has(String key) {
        return messages.stream().anyMatch(m -> m.key().equals(key));
    }
}
