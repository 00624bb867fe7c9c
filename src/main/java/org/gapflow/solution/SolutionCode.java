package org.gapflow.solution;

import java.util.Arrays;
import java.util.Optional;

/** The solutions the cause analysis can lead to; the codes are the outputs of solution-recommendation.dmn. */
public enum SolutionCode {
    CLARIFY_EXPECTATIONS("clarify-expectations"),
    FIX_RESOURCES("fix-resources"),
    FIX_CONSEQUENCES("fix-consequences"),
    JOB_AID("job-aid"),
    PRACTICE("practice"),
    COACHING("coaching"),
    REMOVE_OBSTACLES("remove-obstacles"),
    REASSIGN("reassign"),
    TRAINING("training");

    private final String code;

    SolutionCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SolutionCode> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
