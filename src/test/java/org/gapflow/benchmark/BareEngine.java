package org.gapflow.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * The baseline: a plain Camunda 7.24 engine on a database of its own, configured like GapFlow's where
 * it matters to the cost of a cycle (full history, random ids, history time to live enforced, no job
 * executor: the cycle runs its jobs), with the models of processes/ and the named beans given as a
 * plain map instead of CDI.
 */
final class BareEngine implements AutoCloseable {

    static final String[] MODELS = {"processes/performance-gap-to-training.bpmn",
            "processes/solution-recommendation.dmn", "processes/approval-route.dmn"};

    final ProcessEngine engine;

    private BareEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    static BareEngine start(ScratchDatabase database, Map<Object, Object> beans) throws IOException {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("gapflow-bench-bare");
        configuration.setJdbcDriver(database.driverClass);
        configuration.setJdbcUrl(database.url);
        configuration.setJdbcUsername(database.user);
        configuration.setJdbcPassword(database.password);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory(HistoryLevel.HISTORY_LEVEL_FULL.getName());
        configuration.setHistoryTimeToLive("P1825D");
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        BareEngine bare = new BareEngine(engine);
        try {
            DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("gapflow-bench-bare");
            for (String model : MODELS) {
                // the copies of processes/ that the WAR carries and GapFlow itself deploys
                InputStream file = BareEngine.class.getClassLoader().getResourceAsStream(model);
                if (file == null) {
                    throw new IllegalStateException(model + " is not in the deployment");
                }
                deployment.addInputStream(model.substring(model.indexOf('/') + 1), file);
            }
            deployment.deploy();
            return bare;
        } catch (RuntimeException e) {
            bare.close();
            throw e;
        }
    }

    /** Closes the engine and its connections; the database itself is the caller's to remove. */
    @Override
    public void close() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        engine.close();
        if (configuration.getDataSource() instanceof PooledDataSource pool) {
            pool.forceCloseAll();
        }
    }
}
