package org.gapflow.processadmin;

import java.util.Date;

/**
 * One deployed version of a process or decision, as the overview lists it: when and from where it was
 * deployed, by whom and why (GapFlow's change log; the engine records neither), how many cases run on
 * it and how many of them have an incident.
 */
public record DefinitionVersion(String definitionId, String key, String name, int version, ModelKind kind,
                                String resourceName, String deploymentId, Date deployedAt, String origin,
                                String deployedBy, String comment, long running, long incidents, boolean latest) {

    public String getDefinitionId() { return definitionId; }
    public String getKey() { return key; }
    public String getName() { return name; }
    public int getVersion() { return version; }
    public ModelKind getKind() { return kind; }
    public String getResourceName() { return resourceName; }
    public Date getDeployedAt() { return deployedAt; }
    public String getOrigin() { return origin; }
    public String getDeployedBy() { return deployedBy; }
    public String getComment() { return comment; }
    public long getRunning() { return running; }
    public long getIncidents() { return incidents; }
    public boolean isLatest() { return latest; }
}
