package org.gapflow.notification;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;

/** Teaches the engine the outbox's dispatch job and how it is retried. */
@ApplicationScoped
public class OutboxEnginePlugin implements ProcessEnginePlugin {

    @Inject
    NoticeDispatch dispatch;

    @Override
    @SuppressWarnings("rawtypes")
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(dispatch);
        configuration.setCustomJobHandlers(handlers);
        configuration.setFailedJobCommandFactory(new NoticeRetries());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
    }
}
