package org.gapflow.review.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;

/** The diagram of the process version a case runs on, and where in it the case stands. */
@ApplicationScoped
public class CaseDiagrams {

    @Inject
    HistoryService historyService;
    @Inject
    RuntimeService runtimeService;
    @Inject
    RepositoryService repositoryService;

    /** Null while a reopened case waits for its process instance to start. */
    public CaseDiagram of(String processInstanceId) {
        if (processInstanceId == null) {
            return null;
        }
        HistoricProcessInstance process = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (process == null) {
            return null;
        }
        // the version the case runs on now: a migrated case shows its new version
        ProcessDefinition definition = repositoryService.getProcessDefinition(process.getProcessDefinitionId());
        Map<String, String> current = process.getEndTime() == null ? currentActivities(processInstanceId) : Map.of();
        Set<String> passed = new LinkedHashSet<>();
        for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).finished().list()) {
            if (!current.containsKey(activity.getActivityId())) {
                passed.add(activity.getActivityId());
            }
        }
        return new CaseDiagram(definition.getId(), definition.getName() == null ? definition.getKey() : definition.getName(),
                definition.getVersion(), xml(definition.getId()), List.copyOf(current.keySet()),
                List.copyOf(current.values()), List.copyOf(passed));
    }

    /** Activity id to name of the innermost activities the case waits in (tasks, timers, asynchronous steps). */
    private Map<String, String> currentActivities(String processInstanceId) {
        Map<String, String> current = new LinkedHashMap<>();
        ActivityInstance root = runtimeService.getActivityInstance(processInstanceId);
        if (root != null) {
            collectLeaves(root, current, true);
        }
        return current;
    }

    private static void collectLeaves(ActivityInstance instance, Map<String, String> into, boolean root) {
        ActivityInstance[] children = instance.getChildActivityInstances();
        TransitionInstance[] transitions = instance.getChildTransitionInstances();
        for (TransitionInstance transition : transitions) {
            // a step waiting for the job executor (asynchronous continuation), e.g. "Enrol and notify"
            into.putIfAbsent(transition.getActivityId(), transition.getActivityName());
        }
        if (children.length == 0 && transitions.length == 0 && !root) {
            into.putIfAbsent(instance.getActivityId(), instance.getActivityName());
        }
        for (ActivityInstance child : children) {
            collectLeaves(child, into, false);
        }
    }

    private String xml(String definitionId) {
        try (InputStream model = repositoryService.getProcessModel(definitionId)) {
            return new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
