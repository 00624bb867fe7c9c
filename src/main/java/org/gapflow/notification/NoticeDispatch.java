package org.gapflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine job that sends one batch of notices after the transaction that wrote them committed. Being
 * an engine job, it is locked by one node of a cluster at a time and survives a restart.
 */
@ApplicationScoped
public class NoticeDispatch implements JobHandler<NoticeDispatch.Batch> {

    static final String TYPE = "gapflow-notice-dispatch";

    @Inject
    MailDelivery delivery;

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Batch batch, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        JobEntity job = commandContext.getCurrentJob();
        boolean lastTry = job == null || job.getRetries() <= 1;
        delivery.deliver(batch.id(), lastTry);
    }

    @Override
    public Batch newConfiguration(String canonicalString) {
        return new Batch(canonicalString);
    }

    @Override
    public void onDelete(Batch batch, JobEntity job) {
        // the notices stay in the outbox whatever becomes of their job
    }

    /** The batch id: the notices one transaction wrote. */
    public record Batch(String id) implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return id;
        }
    }
}
