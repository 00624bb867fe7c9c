package org.gapflow.workflow;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;

/**
 * The engine's job executor on the server's managed threads (the gapflow-jobs executor from
 * configure.cli) instead of threads of its own: jobs then run with the application's naming,
 * class loader and CDI context, and the server accounts for the threads.
 */
public class ManagedJobExecutor extends JobExecutor {

    private final ExecutorService threads;

    public ManagedJobExecutor(ExecutorService threads) {
        this.threads = threads;
        this.rejectedJobsHandler = new NotifyAcquisitionRejectedJobsHandler();
        this.maxJobsPerAcquisition = 3;
    }

    @Override
    protected void startExecutingJobs() {
        // the acquisition loop runs as one long-running task for the application's lifetime
        threads.execute(acquireJobsRunnable);
    }

    @Override
    protected void stopExecutingJobs() {
        acquireJobsRunnable.stop();
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            threads.execute(getExecuteJobsRunnable(jobIds, processEngine));
        } catch (RejectedExecutionException e) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }
}
