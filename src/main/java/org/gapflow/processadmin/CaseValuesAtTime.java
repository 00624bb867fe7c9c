package org.gapflow.processadmin;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;

/**
 * The values a set of cases' process variables had at given times, read from the engine's variable
 * history (full history keeps every update): what a decision saw when the case reached it, not what
 * the variables hold now.
 */
final class CaseValuesAtTime {

    private final Map<String, List<HistoricVariableUpdate>> updatesByCase = new HashMap<>();

    /** One query for all the cases; only the given names, only process-level updates (not task-local). */
    CaseValuesAtTime(HistoryService history, Collection<String> processInstanceIds, Set<String> names) {
        if (processInstanceIds.isEmpty() || names.isEmpty()) {
            return;
        }
        List<HistoricDetail> details = history.createHistoricDetailQuery()
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new)).variableUpdates()
                .disableCustomObjectDeserialization().disableBinaryFetching()
                .orderPartiallyByOccurrence().asc().list();
        for (HistoricDetail detail : details) {
            if (detail instanceof HistoricVariableUpdate update && update.getTaskId() == null
                    && names.contains(update.getVariableName())) {
                updatesByCase.computeIfAbsent(update.getProcessInstanceId(), id -> new java.util.ArrayList<>())
                        .add(update);
            }
        }
    }

    /** Each variable's last value set no later than the moment; a variable not yet set is absent. */
    Map<String, Object> at(String processInstanceId, Date moment) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (HistoricVariableUpdate update : updatesByCase.getOrDefault(processInstanceId, List.of())) {
            if (!update.getTime().after(moment)) {
                values.put(update.getVariableName(), update.getValue());
            }
        }
        return values;
    }
}
