package org.gapflow.processadmin;

/** A check finding as a page shows it: severity, stage, the element it is about and the sentence. */
public record CheckLine(String severity, String stage, String elementId, String text) {

    static CheckLine of(CheckMessage message, java.util.Locale locale) {
        return new CheckLine(message.severity().name().toLowerCase(java.util.Locale.ROOT),
                message.stage().name().toLowerCase(java.util.Locale.ROOT), message.elementId(), message.text(locale));
    }

    public String getSeverity() { return severity; }
    public String getStage() { return stage; }
    public String getElementId() { return elementId; }
    public String getText() { return text; }
}
