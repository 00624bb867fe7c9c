package org.gapflow.processadmin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.workflow.Actor;
import org.gapflow.workflow.ProcessModelDeployer;

/** What runs now: every process and decision version with its origin and load, and a version's step figures. */
@ApplicationScoped
public class ModelCatalogue {

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    ProcessOwnerGate gate;

    @Inject
    RepositoryService repositoryService;

    @Inject
    ManagementService managementService;

    @Inject
    ModelChanges changes;

    /** Every version of every process, newest version first within a key, keys in order. */
    public List<DefinitionVersion> processVersions(Actor actor) {
        gate.require(actor);
        Map<String, Deployment> deployments = deployments();
        Map<String, ModelChange> changeByDeployment = changes.byDeployment();
        Map<String, Integer> latest = new HashMap<>();
        List<ProcessDefinitionStatistics> statistics = managementService.createProcessDefinitionStatisticsQuery()
                .includeIncidents().list();
        statistics.forEach(s -> latest.merge(s.getKey(), s.getVersion(), Math::max));
        List<DefinitionVersion> versions = new ArrayList<>();
        for (ProcessDefinitionStatistics s : statistics) {
            long incidents = s.getIncidentStatistics().stream().mapToLong(IncidentStatistics::getIncidentCount).sum();
            versions.add(version(s.getId(), s.getKey(), s.getName(), s.getVersion(), ModelKind.BPMN, s.getResourceName(),
                    s.getDeploymentId(), deployments, changeByDeployment, s.getInstances(), incidents,
                    latest.get(s.getKey()) == s.getVersion()));
        }
        versions.sort(Comparator.comparing(DefinitionVersion::key).thenComparing(DefinitionVersion::version,
                Comparator.reverseOrder()));
        return versions;
    }

    public List<DefinitionVersion> decisionVersions(Actor actor) {
        gate.require(actor);
        Map<String, Deployment> deployments = deployments();
        Map<String, ModelChange> changeByDeployment = changes.byDeployment();
        List<DecisionDefinition> decisions = repositoryService.createDecisionDefinitionQuery()
                .orderByDecisionDefinitionKey().asc().orderByDecisionDefinitionVersion().desc().list();
        Map<String, Integer> latest = new HashMap<>();
        decisions.forEach(d -> latest.merge(d.getKey(), d.getVersion(), Math::max));
        return decisions.stream().map(d -> version(d.getId(), d.getKey(), d.getName(), d.getVersion(), ModelKind.DMN,
                d.getResourceName(), d.getDeploymentId(), deployments, changeByDeployment, 0, 0,
                latest.get(d.getKey()) == d.getVersion())).toList();
    }

    /** Per step of a process version: running and incidents now, completed passes and their average duration. */
    public List<StepStatistics> steps(Actor actor, String processDefinitionId) {
        gate.require(actor);
        requireProcess(processDefinitionId);
        Map<String, long[]> now = new TreeMap<>();
        for (ActivityStatistics s : managementService.createActivityStatisticsQuery(processDefinitionId)
                .includeIncidents().list()) {
            long incidents = s.getIncidentStatistics().stream().mapToLong(IncidentStatistics::getIncidentCount).sum();
            now.put(s.getId(), new long[] {s.getInstances(), incidents});
        }
        // one aggregate over the engine's history table; the history API would load every row
        @SuppressWarnings("unchecked")
        List<Object[]> finished = entityManager.createNativeQuery(
                        "select ACT_ID_, count(*), avg(DURATION_) from ACT_HI_ACTINST "
                                + "where PROC_DEF_ID_ = ?1 and END_TIME_ is not null group by ACT_ID_")
                .setParameter(1, processDefinitionId)
                .getResultList();
        Map<String, Object[]> done = finished.stream().collect(Collectors.toMap(r -> (String) r[0], Function.identity()));
        TreeMap<String, StepStatistics> steps = new TreeMap<>();
        for (String id : union(now.keySet(), done.keySet())) {
            long[] current = now.getOrDefault(id, new long[] {0, 0});
            Object[] row = done.get(id);
            long completed = row == null ? 0 : ((Number) row[1]).longValue();
            Long average = row == null || row[2] == null ? null : Math.round(((Number) row[2]).doubleValue());
            steps.put(id, new StepStatistics(id, current[0], current[1], completed, average));
        }
        return new ArrayList<>(steps.values());
    }

    /** The XML a version was deployed from (for the diagram and for the editor). */
    public String source(Actor actor, String definitionId) {
        gate.require(actor);
        ProcessDefinition process = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(definitionId).singleResult();
        if (process != null) {
            return read(process.getDeploymentId(), process.getResourceName());
        }
        DecisionDefinition decision = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionId(definitionId).singleResult();
        if (decision != null) {
            return read(decision.getDeploymentId(), decision.getResourceName());
        }
        throw InvalidInputException.of("definitionId", "There is no process or decision version " + definitionId + ".");
    }

    /** The file name a version was deployed under, without any folder. */
    public String fileNameOf(Actor actor, String definitionId) {
        gate.require(actor);
        ProcessDefinition process = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(definitionId).singleResult();
        String resource = process != null ? process.getResourceName() : repositoryService
                .createDecisionDefinitionQuery().decisionDefinitionId(definitionId).singleResult().getResourceName();
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    public ProcessDefinition requireProcess(String processDefinitionId) {
        ProcessDefinition definition = processDefinitionId == null ? null : repositoryService
                .createProcessDefinitionQuery().processDefinitionId(processDefinitionId).singleResult();
        if (definition == null) {
            throw InvalidInputException.of("definitionId", "There is no process version " + processDefinitionId + ".");
        }
        return definition;
    }

    private String read(String deploymentId, String resourceName) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resourceName, e);
        }
    }

    private Map<String, Deployment> deployments() {
        return repositoryService.createDeploymentQuery().list().stream()
                .collect(Collectors.toMap(Deployment::getId, Function.identity()));
    }

    private static DefinitionVersion version(String id, String key, String name, int version, ModelKind kind,
                                             String resourceName, String deploymentId,
                                             Map<String, Deployment> deployments, Map<String, ModelChange> changes,
                                             long running, long incidents, boolean latest) {
        Deployment deployment = deployments.get(deploymentId);
        ModelChange change = changes.get(deploymentId);
        String origin = deployment == null ? "" : ProcessModelDeployer.DEPLOYMENT_NAME.equals(deployment.getName())
                ? "processes/" : String.valueOf(deployment.getName());
        return new DefinitionVersion(id, key, name == null ? key : name, version, kind, resourceName, deploymentId,
                deployment == null ? null : deployment.getDeploymentTime(), origin,
                change == null ? null : change.getActor(), change == null ? null : change.getReason(),
                running, incidents, latest);
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
