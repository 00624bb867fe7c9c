package org.gapflow.processadmin;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;

/**
 * Whether one case can move under a plan: the engine migrates it in a transaction of its own that is
 * always rolled back (the engine validates a case only while migrating it). Run for every selected
 * case before the real migration, so all failures are listed and none of the cases moves unless all can.
 */
@ApplicationScoped
public class MigrationDryRun {

    @Inject
    RuntimeService runtimeService;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> failures(MigrationPlan plan, String processInstanceId) {
        List<String> failures = new ArrayList<>();
        try {
            runtimeService.newMigration(plan).processInstanceIds(processInstanceId).execute();
        } catch (MigratingProcessInstanceValidationException e) {
            MigratingProcessInstanceValidationReport report = e.getValidationReport();
            failures.addAll(report.getFailures());
            for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
                activity.getFailures().forEach(f -> failures.add(activity.getSourceScopeId() + ": " + f));
            }
            for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
                transition.getFailures().forEach(f -> failures.add(transition.getSourceScopeId() + ": " + f));
            }
        } catch (ProcessEngineException e) {
            failures.add(EngineDryRun.rootMessage(e));
        } finally {
            transaction.setRollbackOnly();
        }
        return failures;
    }
}
