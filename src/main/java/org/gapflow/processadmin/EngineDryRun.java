package org.gapflow.processadmin;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;

/**
 * The engine's own verdict on a model: it is deployed for real (the engine's parser, its validation,
 * history time to live, DMN transformation, everything a deploy does) in a transaction of its own that
 * is always rolled back. The engine offers no dry-run deploy; this is the one that checks what a real
 * deploy checks.
 */
@ApplicationScoped
public class EngineDryRun {

    static final String DRY_RUN_DEPLOYMENT = "gapflow-dry-run";
    private static final Logger LOG = Logger.getLogger(EngineDryRun.class.getName());

    @Inject
    RepositoryService repositoryService;

    @Inject
    ProcessEngine processEngine;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<CheckMessage> check(ModelFile file) {
        List<CheckMessage> found = new ArrayList<>();
        try {
            DeploymentWithDefinitions deployment = repositoryService.createDeployment()
                    .name(DRY_RUN_DEPLOYMENT)
                    .addInputStream(file.name(), new ByteArrayInputStream(file.content()))
                    .deployWithResult();
            forget(deployment);
        } catch (ParseException e) {
            for (ResourceReport report : e.getResorceReports()) {
                report.getErrors().forEach(p -> found.add(message(CheckMessage.Severity.ERROR, p)));
                report.getWarnings().forEach(p -> found.add(message(CheckMessage.Severity.WARNING, p)));
            }
            if (found.stream().noneMatch(CheckMessage::isError)) {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.WARNING, "Dry run of " + file.name() + " refused [" + reference + "]", e);
                found.add(CheckMessage.error(CheckMessage.Stage.ENGINE, null, "check.engine.refused", reference));
            }
        } catch (org.camunda.bpm.model.xml.ModelException e) {
            // the model API could not read the XML: nothing was evaluated, the reason helps the author
            found.add(CheckMessage.error(CheckMessage.Stage.ENGINE, null, "check.engine.problem", rootMessage(e)));
        } catch (RuntimeException e) {
            // may come from evaluating an expression (a timer start event's date is evaluated on deploy):
            // its text could carry anything the expression produced, so it goes to the log, not the page
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.WARNING, "Dry run of " + file.name() + " refused [" + reference + "]", e);
            found.add(CheckMessage.error(CheckMessage.Stage.ENGINE, null, "check.engine.refused", reference));
        } finally {
            // never keep it: this deploy only asked the engine whether it would accept the model
            transaction.setRollbackOnly();
        }
        return found;
    }

    /**
     * The engine cached what it parsed; the rollback removes the rows but not those cache entries, so
     * drop them (nothing can look them up, but they would take room until evicted).
     */
    private void forget(DeploymentWithDefinitions deployment) {
        DeploymentCache cache = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getDeploymentCache();
        nullSafe(deployment.getDeployedProcessDefinitions()).forEach(d -> cache.removeProcessDefinition(d.getId()));
        nullSafe(deployment.getDeployedDecisionDefinitions()).forEach(d -> cache.removeDecisionDefinition(d.getId()));
        nullSafe(deployment.getDeployedDecisionRequirementsDefinitions())
                .forEach(d -> cache.removeDecisionRequirementsDefinition(d.getId()));
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static CheckMessage message(CheckMessage.Severity severity, Problem problem) {
        String where = problem.getLine() > 0 ? " (line " + problem.getLine() + ")" : "";
        return new CheckMessage(severity, CheckMessage.Stage.ENGINE, problem.getMainElementId(),
                "check.engine.problem", List.of(problem.getMessage() + where));
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause == e ? message : e.getMessage() + ": " + message;
    }
}
