package org.gapflow.workflow;

import java.util.ArrayList;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.transaction.TransactionManager;
import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.gapflow.platform.Settings;

/**
 * Starts the embedded Camunda engine when the application starts and closes it when it stops.
 * The engine works on GapFlow's datasource and joins the JTA transaction of the caller, so a request
 * that writes GapFlow rows and completes a task commits or rolls back as one.
 */
@ApplicationScoped
public class ProcessEngineLifecycle {

    private static final Logger LOG = Logger.getLogger(ProcessEngineLifecycle.class.getName());

    @Resource(lookup = "java:jboss/datasources/GapFlowDS")
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/gapflow-jobs")
    ManagedExecutorService jobThreads;

    @Inject
    BeanManager beanManager;

    @Inject
    ProcessModelDeployer deployer;

    /** Every declaration of what models may reach (the features', and a test's own). */
    @Inject
    @Any
    Instance<ExpressionAllowList> allowLists;

    /** What features add to the engine (the mail outbox's dispatch job), without this class knowing them. */
    @Inject
    @Any
    Instance<ProcessEnginePlugin> plugins;

    private volatile ProcessEngine processEngine;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext servletContext) {
        long started = System.nanoTime();
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName("gapflow");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate("true");
        // full history: the case timeline, step statistics and decision replay read it
        configuration.setHistory(HistoryLevel.HISTORY_LEVEL_FULL.getName());
        // default retention for models that do not set their own (performance records: five years)
        configuration.setHistoryTimeToLive(Settings.get("gapflow.history.ttl", "P1825D"));
        // random ids need no id table round trips and do not contend between cluster nodes
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setExpressionManager(new CdiExpressionManager(beanManager,
                ExpressionAllowList.anyOf(allowLists.stream().toList())));
        configuration.setIdentityProviderSessionFactory(new PeopleIdentityProviderFactory(dataSource));
        ManagedJobExecutor jobExecutor = new ManagedJobExecutor(jobThreads);
        // longest idle wait between acquisitions: how late a due timer may fire at most
        jobExecutor.setMaxWait(Long.parseLong(Settings.get("gapflow.jobs.max-wait", "60000")));
        // how long a node's claim on a job lasts: after a crash, the other nodes take its jobs over then
        jobExecutor.setLockTimeInMillis(Integer.parseInt(Settings.get("gapflow.jobs.lock-time", "300000")));
        // the node's name in the job table's lock owner column, so an operator sees who holds a job; the
        // suffix keeps owners apart where two nodes share a host name
        Settings.find("jboss.node.name").ifPresent(node ->
                jobExecutor.setLockOwner(node + "/" + UUID.randomUUID().toString().substring(0, 8)));
        configuration.setJobExecutor(jobExecutor);
        configuration.setJobExecutorActivate(Settings.flag("gapflow.jobs.active", true));
        configuration.setJobExecutorDeploymentAware(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setProcessEnginePlugins(new ArrayList<>(plugins.stream().toList()));
        processEngine = configuration.buildProcessEngine();
        TaskListIndexes.ensure(dataSource);
        deployer.deployProcessesFolder(processEngine, servletContext);
        LOG.info(() -> "Process engine started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        ProcessEngine engine = processEngine;
        if (engine != null) {
            processEngine = null;
            engine.close();
        }
    }

    public ProcessEngine processEngine() {
        ProcessEngine engine = processEngine;
        if (engine == null) {
            throw new IllegalStateException("The process engine is not running");
        }
        return engine;
    }
}
