package org.gapflow.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * CDI producers for the engine and its services (what camunda-engine-cdi would give, for 7.24).
 * Application scoped: beans get a serializable client proxy, so view-scoped pages may inject them too.
 */
@ApplicationScoped
public class EngineServices {

    @Inject
    ProcessEngineLifecycle lifecycle;

    @Produces
    @ApplicationScoped
    public ProcessEngine processEngine() {
        return lifecycle.processEngine();
    }

    @Produces
    @ApplicationScoped
    public RuntimeService runtimeService() {
        return lifecycle.processEngine().getRuntimeService();
    }

    @Produces
    @ApplicationScoped
    public TaskService taskService() {
        return lifecycle.processEngine().getTaskService();
    }

    @Produces
    @ApplicationScoped
    public RepositoryService repositoryService() {
        return lifecycle.processEngine().getRepositoryService();
    }

    @Produces
    @ApplicationScoped
    public HistoryService historyService() {
        return lifecycle.processEngine().getHistoryService();
    }

    @Produces
    @ApplicationScoped
    public ManagementService managementService() {
        return lifecycle.processEngine().getManagementService();
    }

    @Produces
    @ApplicationScoped
    public DecisionService decisionService() {
        return lifecycle.processEngine().getDecisionService();
    }

    @Produces
    @ApplicationScoped
    public IdentityService identityService() {
        return lifecycle.processEngine().getIdentityService();
    }
}
