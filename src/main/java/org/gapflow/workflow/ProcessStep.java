package org.gapflow.workflow;

import java.io.Serializable;

/** A user task of a deployed process, as a task list filter offers it. */
public final class ProcessStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String name;

    public ProcessStep(String key, String name) {
        this.key = key;
        this.name = name;
    }

    /** The task definition key (the user task's id in the BPMN). */
    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }
}
