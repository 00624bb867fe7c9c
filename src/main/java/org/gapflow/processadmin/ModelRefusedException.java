package org.gapflow.processadmin;

/** A model that failed its check: nothing was deployed. The report says why, element by element. */
public class ModelRefusedException extends RuntimeException {

    private final transient CheckReport report;

    public ModelRefusedException(CheckReport report) {
        super(report.fileName() + " was not deployed: " + report.errors());
        this.report = report;
    }

    public CheckReport report() {
        return report;
    }
}
