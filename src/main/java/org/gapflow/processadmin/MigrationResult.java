package org.gapflow.processadmin;

/** A migration that started: moved at once (batchId null) or running as an engine batch. */
public record MigrationResult(int cases, String batchId, MigrationPreview preview) {
}
