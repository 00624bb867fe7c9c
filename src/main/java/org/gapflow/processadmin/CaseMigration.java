package org.gapflow.processadmin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationReport;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.platform.Settings;
import org.gapflow.workflow.Actor;

/**
 * Moves running cases of an older version to a newer one. The plan maps equal step ids
 * (mapEqualActivities) and recomputes timers of mapped events; optionally the new version's changed
 * process data defaults (durations) are set on the moved cases. Validation comes before any move: the
 * plan first, then every selected case; a small selection then moves in one transaction, a large one
 * as an engine batch (each case moves whole in its own job).
 */
@ApplicationScoped
@Transactional
public class CaseMigration {

    static final int LISTED_CASES = 500;

    @Inject
    ProcessOwnerGate gate;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RepositoryService repositoryService;

    @Inject
    ManagementService managementService;

    @Inject
    HistoryService historyService;

    @Inject
    MigrationDryRun dryRun;

    @Inject
    ModelChanges changes;

    /** Up to this many cases move at once in the request; more run as a batch. */
    public static int syncLimit() {
        return Settings.find("gapflow.migration.sync-limit").map(Integer::parseInt).orElse(20);
    }

    public List<RunningCase> runningCases(Actor actor, String sourceDefinitionId) {
        gate.require(actor);
        List<RunningCase> cases = new ArrayList<>();
        for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                .processDefinitionId(sourceDefinitionId).orderByProcessInstanceId().asc().listPage(0, LISTED_CASES)) {
            cases.add(new RunningCase(instance.getId(), instance.getBusinessKey(),
                    runtimeService.getActiveActivityIds(instance.getId())));
        }
        return cases;
    }

    /** The plan, its validation and, for the selected cases, whether each can move. Moves nothing. */
    public MigrationPreview preview(Actor actor, String sourceDefinitionId, String targetDefinitionId,
                                    List<String> instanceIds, boolean applyNewDefaults) {
        gate.require(actor);
        ProcessDefinition source = definition(sourceDefinitionId, "source");
        ProcessDefinition target = definition(targetDefinitionId, "target");
        if (!source.getKey().equals(target.getKey())) {
            throw InvalidInputException.of("target", "Cases can move only to a version of the same process.");
        }
        Map<String, String> sourceDefaults = defaults(source);
        Map<String, String> targetDefaults = defaults(target);
        Map<String, String> changed = new LinkedHashMap<>();
        targetDefaults.forEach((name, value) -> {
            if (!Objects.equals(sourceDefaults.get(name), value)) {
                changed.put(name, value);
            }
        });
        List<String> dropped = sourceDefaults.keySet().stream().filter(n -> !targetDefaults.containsKey(n)).toList();
        Map<String, String> variables = applyNewDefaults ? changed : Map.of();

        List<String> planFailures = new ArrayList<>();
        MigrationPlan plan = null;
        try {
            plan = plan(sourceDefinitionId, targetDefinitionId, variables);
        } catch (MigrationPlanValidationException e) {
            planFailures.addAll(failuresOf(e.getValidationReport()));
        }
        List<MigrationPreview.Instruction> instructions = new ArrayList<>();
        Set<String> mapped = new HashSet<>();
        if (plan != null) {
            for (MigrationInstruction instruction : plan.getInstructions()) {
                instructions.add(new MigrationPreview.Instruction(instruction.getSourceActivityId(),
                        instruction.getTargetActivityId(), instruction.isUpdateEventTrigger()));
                mapped.add(instruction.getSourceActivityId());
            }
        }
        Map<String, List<String>> caseFailures = new LinkedHashMap<>();
        if (plan != null && instanceIds != null) {
            requireCasesOf(sourceDefinitionId, instanceIds);
            for (String id : instanceIds) {
                List<String> failures = dryRun.failures(plan, id);
                if (!failures.isEmpty()) {
                    caseFailures.put(id, failures);
                }
            }
        }
        return new MigrationPreview(sourceDefinitionId, targetDefinitionId, instructions,
                unmapped(source, mapped), planFailures, changed, dropped, caseFailures);
    }

    /** Migrates the cases, or refuses before any moves. A selection above the sync limit runs as a batch. */
    public MigrationResult migrate(Actor actor, String sourceDefinitionId, String targetDefinitionId,
                                   List<String> instanceIds, boolean applyNewDefaults, String reason) {
        gate.require(actor);
        if (reason == null || reason.isBlank() || reason.length() > ModelChange.REASON_LENGTH) {
            throw InvalidInputException.of("reason", "Say why these cases move (under 2000 characters): "
                    + "the reason goes into the change log.");
        }
        if (instanceIds == null || instanceIds.isEmpty()) {
            throw InvalidInputException.of("cases", "Choose the cases to migrate.");
        }
        boolean batch = instanceIds.size() > syncLimit();
        // a batch validates each case in its own job; a small selection is validated case by case now
        MigrationPreview preview = preview(actor, sourceDefinitionId, targetDefinitionId,
                batch ? null : instanceIds, applyNewDefaults);
        if (!preview.valid()) {
            throw new MigrationRefusedException(preview);
        }
        if (batch) {
            requireCasesOf(sourceDefinitionId, instanceIds);
        }
        MigrationPlan plan = plan(sourceDefinitionId, targetDefinitionId, preview.variablesToSet().isEmpty()
                ? Map.of() : preview.variablesToSet());
        String summary = "Migrated " + instanceIds.size() + " case(s) from " + label(sourceDefinitionId)
                + " to " + label(targetDefinitionId)
                + (preview.variablesToSet().isEmpty() ? "" : ", setting " + preview.variablesToSet());
        String batchId = null;
        if (batch) {
            Batch started = runtimeService.newMigration(plan).processInstanceIds(instanceIds).executeAsync();
            batchId = started.getId();
            summary += " (batch " + batchId + ")";
        } else {
            runtimeService.newMigration(plan).processInstanceIds(instanceIds).execute();
        }
        changes.record(ModelChange.migration(actor.userId(), sourceDefinitionId, targetDefinitionId,
                instanceIds.size(), batchId, summary, reason.trim()));
        return new MigrationResult(instanceIds.size(), batchId, preview);
    }

    public BatchProgress progress(Actor actor, String batchId) {
        gate.require(actor);
        BatchStatistics statistics = managementService.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (statistics == null) {
            HistoricBatch done = historyService.createHistoricBatchQuery().batchId(batchId).singleResult();
            if (done == null) {
                throw InvalidInputException.of("batchId", "There is no migration batch " + batchId + ".");
            }
            return new BatchProgress(batchId, done.getTotalJobs(), done.getTotalJobs(), 0, done.getEndTime() != null,
                    List.of());
        }
        List<String> failures = managementService.createJobQuery()
                .jobDefinitionId(statistics.getBatchJobDefinitionId()).noRetriesLeft().list().stream()
                .map(Job::getExceptionMessage).filter(Objects::nonNull).toList();
        return new BatchProgress(batchId, statistics.getTotalJobs(), statistics.getCompletedJobs(),
                statistics.getFailedJobs(), false, failures);
    }

    private MigrationPlan plan(String sourceDefinitionId, String targetDefinitionId, Map<String, String> variables) {
        MigrationPlanBuilder builder = runtimeService.createMigrationPlan(sourceDefinitionId, targetDefinitionId)
                .mapEqualActivities().updateEventTriggers();
        if (!variables.isEmpty()) {
            builder.setVariables(variables);
        }
        return builder.build();
    }

    private static List<String> failuresOf(MigrationPlanValidationReport report) {
        List<String> failures = new ArrayList<>();
        for (MigrationInstructionValidationReport instruction : report.getInstructionReports()) {
            MigrationInstruction i = instruction.getMigrationInstruction();
            instruction.getFailures().forEach(f ->
                    failures.add(i.getSourceActivityId() + " \u2192 " + i.getTargetActivityId() + ": " + f));
        }
        report.getVariableReports().forEach((name, variable) ->
                variable.getFailures().forEach(f -> failures.add(name + ": " + f)));
        return failures;
    }

    /** Steps of the source version with no plan instruction, and how many cases wait in each. */
    private List<MigrationPreview.UnmappedStep> unmapped(ProcessDefinition source, Set<String> mapped) {
        Map<String, Long> waiting = new LinkedHashMap<>();
        for (ActivityStatistics statistics : managementService.createActivityStatisticsQuery(source.getId()).list()) {
            waiting.put(statistics.getId(), (long) statistics.getInstances());
        }
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(source.getId());
        List<MigrationPreview.UnmappedStep> unmapped = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            boolean canWait = node instanceof Activity || node instanceof IntermediateCatchEvent
                    || node instanceof BoundaryEvent;
            if (canWait && !mapped.contains(node.getId())) {
                unmapped.add(new MigrationPreview.UnmappedStep(node.getId(), waiting.getOrDefault(node.getId(), 0L)));
            }
        }
        unmapped.sort((a, b) -> Long.compare(b.waitingCases(), a.waitingCases()));
        return unmapped;
    }

    private void requireCasesOf(String sourceDefinitionId, List<String> instanceIds) {
        long found = runtimeService.createProcessInstanceQuery().processDefinitionId(sourceDefinitionId)
                .processInstanceIds(new HashSet<>(instanceIds)).count();
        if (found != new HashSet<>(instanceIds).size()) {
            throw InvalidInputException.of("cases", "Some chosen cases are no longer running on this version: "
                    + "reload the list and choose again.");
        }
    }

    private ProcessDefinition definition(String id, String field) {
        ProcessDefinition definition = id == null ? null
                : repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        if (definition == null) {
            throw InvalidInputException.of(field, "There is no process version " + id + ".");
        }
        return definition;
    }

    private String label(String definitionId) {
        ProcessDefinition definition = repositoryService.getProcessDefinition(definitionId);
        return definition.getKey() + " v" + definition.getVersion();
    }

    /** The process data defaults (extension properties of the process) a version declares. */
    private Map<String, String> defaults(ProcessDefinition definition) {
        BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
        Map<String, String> defaults = new LinkedHashMap<>();
        Process process = model.getModelElementById(definition.getKey());
        if (process == null) {
            return defaults;
        }
        for (CamundaProperty property : model.getModelElementsByType(CamundaProperty.class)) {
            if (ModelContract.owner(property) == process && property.getCamundaName() != null) {
                defaults.put(property.getCamundaName(), property.getCamundaValue());
            }
        }
        return defaults;
    }
}
