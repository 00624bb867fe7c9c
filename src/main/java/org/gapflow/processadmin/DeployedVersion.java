package org.gapflow.processadmin;

/** A process or decision definition a deploy created: what the process owner sees after deploying. */
public record DeployedVersion(String definitionId, String key, int version, ModelKind kind) {

    @Override
    public String toString() {
        return key + " v" + version;
    }
}
