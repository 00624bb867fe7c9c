package org.gapflow.processadmin;

/** A migration refused before any case moved; the preview says why (plan or case by case). */
public class MigrationRefusedException extends RuntimeException {

    private final transient MigrationPreview preview;

    public MigrationRefusedException(MigrationPreview preview) {
        super("Migration refused, no case moved: plan " + preview.planFailures() + ", cases " + preview.caseFailures());
        this.preview = preview;
    }

    public MigrationPreview preview() {
        return preview;
    }
}
