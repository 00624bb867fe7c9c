package org.gapflow.processadmin;

/** Per step of one version: cases waiting there now, open incidents, completed passes, average duration. */
public record StepStatistics(String activityId, long running, long incidents, long completed, Long averageMillis) {

    public String getActivityId() { return activityId; }
    public long getRunning() { return running; }
    public long getIncidents() { return incidents; }
    public long getCompleted() { return completed; }
    public Long getAverageMillis() { return averageMillis; }
}
