package org.gapflow.processadmin;

import java.util.List;
import java.util.Map;

/**
 * What a migration would do, shown before it runs: the generated plan (step to step), the steps of the
 * old version with no counterpart (cases waiting there cannot move), the engine's validation of the plan,
 * the process data the new version changes, and per selected case whether it can move.
 */
public record MigrationPreview(String sourceDefinitionId, String targetDefinitionId,
                               List<Instruction> instructions, List<UnmappedStep> unmappedSteps,
                               List<String> planFailures, Map<String, String> variablesToSet,
                               List<String> droppedDefaults, Map<String, List<String>> caseFailures) {

    /** One line of the plan: cases in the source step move to the target step. */
    public record Instruction(String sourceActivityId, String targetActivityId, boolean updatesEventTrigger) {
    }

    /** A step of the old version the plan does not map, with the number of cases waiting in it now. */
    public record UnmappedStep(String activityId, long waitingCases) {
    }

    public MigrationPreview {
        instructions = List.copyOf(instructions);
        unmappedSteps = List.copyOf(unmappedSteps);
        planFailures = List.copyOf(planFailures);
        variablesToSet = Map.copyOf(variablesToSet);
        droppedDefaults = List.copyOf(droppedDefaults);
        caseFailures = Map.copyOf(caseFailures);
    }

    /** Valid when the engine accepts the plan and every selected case checked can move. */
    public boolean valid() {
        return planFailures.isEmpty() && caseFailures.isEmpty();
    }

    public boolean isValid() {
        return valid();
    }
}
