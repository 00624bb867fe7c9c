package org.gapflow.processadmin;

/** The two kinds of model the workspace revises. */
public enum ModelKind {
    BPMN,
    DMN
}
