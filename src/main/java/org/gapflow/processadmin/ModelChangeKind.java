package org.gapflow.processadmin;

/** What a process owner did to the running models: each is written to the change log. */
public enum ModelChangeKind {
    DEPLOY,
    ROLLBACK,
    MIGRATE
}
