package org.gapflow.notification;

import java.util.Collection;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;

/**
 * Where steps put the mail they cause. A notice is written in the caller's transaction, so it exists
 * exactly when the step's own changes do; the first notice of a transaction also schedules one dispatch
 * job for all of that transaction's notices, which the engine's job executor (on any node) runs after
 * commit. Nothing here touches the network.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    /** The batch id of the current transaction, kept with the transaction itself. */
    private static final String BATCH_KEY = Outbox.class.getName() + ".batch";

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    ProcessEngine processEngine;

    /** One notice per address; the link (the page the mail points to) is shown apart in the outbox page. */
    public void post(Collection<String> recipients, String subject, String body, String link) {
        if (recipients.isEmpty()) {
            LOG.warning(() -> "Mail '" + subject + "' has no recipient with an address; not written");
            return;
        }
        String batchId = batchOfThisTransaction();
        for (String recipient : recipients) {
            entityManager.persist(new Notice(batchId, Notice.clip(recipient, Notice.RECIPIENT_LENGTH),
                    Notice.clip(subject, Notice.SUBJECT_LENGTH), Notice.clip(body, Notice.BODY_LENGTH),
                    Notice.clip(link, Notice.LINK_LENGTH)));
        }
    }

    private String batchOfThisTransaction() {
        String batchId = (String) transaction.getResource(BATCH_KEY);
        if (batchId == null) {
            batchId = UUID.randomUUID().toString();
            transaction.putResource(BATCH_KEY, batchId);
            scheduleDispatch(batchId);
        }
        return batchId;
    }

    private void scheduleDispatch(String batchId) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        // joins this JTA transaction (and, inside a process step, the step's own command context): the job
        // row commits or rolls back with the notices, and the job executor is told of it after commit
        configuration.getCommandExecutorTxRequired().execute(commandContext -> {
            MessageEntity dispatch = new MessageEntity();
            dispatch.setJobHandlerType(NoticeDispatch.TYPE);
            dispatch.setJobHandlerConfigurationRaw(batchId);
            dispatch.setRetries(NoticeRetries.TRIES);
            commandContext.getJobManager().send(dispatch);
            return null;
        });
    }
}
