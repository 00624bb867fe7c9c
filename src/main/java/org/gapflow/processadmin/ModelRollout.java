package org.gapflow.processadmin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.workflow.Actor;

/**
 * Puts a checked model into service as the newest version, or an earlier version back as the newest
 * (rollback). New cases start on the newest version; running cases stay on theirs until migrated.
 * The engine deployment and the change log line commit together.
 */
@ApplicationScoped
@Transactional
public class ModelRollout {

    /**
     * Deployment name of the workspace's deploys. Not the start-up deployment's name
     * (ProcessModelDeployer.DEPLOYMENT_NAME), whose duplicate filter compares only against its own.
     */
    public static final String DEPLOYMENT_NAME = "gapflow-workspace";

    @Inject
    ProcessOwnerGate gate;

    @Inject
    ModelCheck modelCheck;

    @Inject
    CheckSlots checkSlots;

    @Inject
    RepositoryService repositoryService;

    @Inject
    ModelChanges changes;

    /** Checks the file and, only when no check fails, deploys it as a new version. */
    public List<DeployedVersion> deploy(Actor actor, ModelFile file, String comment) {
        gate.require(actor);
        requireReason(comment, "comment", "Say what changed and why: the comment goes into the change log.");
        CheckReport report = checkSlots.run(actor, file.name(), () -> modelCheck.check(file));
        if (!report.passed()) {
            throw new ModelRefusedException(report);
        }
        Deployed deployed = deployNow(file);
        changes.record(ModelChange.deployment(ModelChangeKind.DEPLOY, actor.userId(), file.name(),
                deployed.deploymentId(), null, "Deployed " + describe(deployed.versions()), comment.trim()));
        return deployed.versions();
    }

    /** Redeploys the file of an earlier version (process or decision definition id) as the newest version. */
    public List<DeployedVersion> rollBack(Actor actor, String definitionId, String reason) {
        gate.require(actor);
        requireReason(reason, "reason", "Say why you roll back: the reason goes into the change log.");
        Source source = sourceOf(definitionId);
        CheckReport report = checkSlots.run(actor, source.file().name(), () -> modelCheck.check(source.file()));
        if (!report.passed()) {
            throw new ModelRefusedException(report);
        }
        Deployed deployed = deployNow(source.file());
        changes.record(ModelChange.deployment(ModelChangeKind.ROLLBACK, actor.userId(), source.file().name(),
                deployed.deploymentId(), definitionId,
                "Rolled back to " + source.label() + ", now " + describe(deployed.versions()), reason.trim()));
        return deployed.versions();
    }

    /** The file a definition was deployed from, and a label such as "approval-route v2". */
    record Source(ModelFile file, String label) {
    }

    Source sourceOf(String definitionId) {
        ProcessDefinition process = definitionId == null ? null : repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(definitionId).singleResult();
        if (process != null) {
            return new Source(read(process.getDeploymentId(), process.getResourceName()),
                    process.getKey() + " v" + process.getVersion());
        }
        DecisionDefinition decision = definitionId == null ? null : repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionId(definitionId).singleResult();
        if (decision != null) {
            return new Source(read(decision.getDeploymentId(), decision.getResourceName()),
                    decision.getKey() + " v" + decision.getVersion());
        }
        throw InvalidInputException.of("definitionId", "There is no process or decision version " + definitionId + ".");
    }

    private ModelFile read(String deploymentId, String resourceName) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
            String name = resourceName.substring(resourceName.lastIndexOf('/') + 1);
            return new ModelFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resourceName + " of deployment " + deploymentId, e);
        }
    }

    private record Deployed(String deploymentId, List<DeployedVersion> versions) {
    }

    private Deployed deployNow(ModelFile file) {
        DeploymentWithDefinitions deployment = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("workspace")
                .addInputStream(file.name(), new ByteArrayInputStream(file.content()))
                .deployWithResult();
        List<DeployedVersion> versions = new ArrayList<>();
        List<ProcessDefinition> processes = deployment.getDeployedProcessDefinitions();
        if (processes != null) {
            processes.forEach(p -> versions.add(new DeployedVersion(p.getId(), p.getKey(), p.getVersion(), ModelKind.BPMN)));
        }
        List<DecisionDefinition> decisions = deployment.getDeployedDecisionDefinitions();
        if (decisions != null) {
            decisions.forEach(d -> versions.add(new DeployedVersion(d.getId(), d.getKey(), d.getVersion(), ModelKind.DMN)));
        }
        return new Deployed(deployment.getId(), versions);
    }

    private static String describe(List<DeployedVersion> versions) {
        return versions.isEmpty() ? "no executable definition"
                : versions.stream().map(DeployedVersion::toString).collect(Collectors.joining(", "));
    }

    private static void requireReason(String text, String field, String message) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, message);
        }
        if (text.length() > ModelChange.REASON_LENGTH) {
            throw InvalidInputException.of(field, "Keep it under 2000 characters.");
        }
    }
}
