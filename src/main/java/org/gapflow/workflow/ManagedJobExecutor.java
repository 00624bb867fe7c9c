package org.gapflow.workflow;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;

/**
 * The engine's job executor on the server's managed threads (the gapflow-jobs executor from
 * configure.cli) instead of threads of its own: jobs then run with the application's naming,
 * class loader and CDI context, and the server accounts for the threads.
 * <p>
 * Stopping waits for the acquisition loop and the running jobs to end, as the engine's own thread
 * pool executor does: otherwise they go on running the undeployed application's code (and keep it
 * loaded) while the datasource and the database are being closed under them.
 */
public class ManagedJobExecutor extends JobExecutor {

    private static final Logger LOG = Logger.getLogger(ManagedJobExecutor.class.getName());
    private static final long STOP_WAIT_SECONDS = 60;

    private final ExecutorService threads;
    private Future<?> acquisition;
    /** One party for the stopping side plus one per batch of jobs in flight. */
    private volatile Phaser jobsInFlight = new Phaser(1);

    public ManagedJobExecutor(ExecutorService threads) {
        this.threads = threads;
        this.rejectedJobsHandler = new NotifyAcquisitionRejectedJobsHandler();
        this.maxJobsPerAcquisition = 3;
    }

    @Override
    protected void startExecutingJobs() {
        jobsInFlight = new Phaser(1);
        // the acquisition loop runs as one long-running task for the application's lifetime
        acquisition = threads.submit(acquireJobsRunnable);
    }

    @Override
    protected void stopExecutingJobs() {
        acquireJobsRunnable.stop();
        awaitAcquisitionEnd();
        awaitJobsInFlight();
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        Phaser inFlight = jobsInFlight;
        inFlight.register();
        Runnable jobs = getExecuteJobsRunnable(jobIds, processEngine);
        try {
            threads.execute(() -> {
                try {
                    jobs.run();
                } finally {
                    inFlight.arriveAndDeregister();
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.arriveAndDeregister();
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }

    private void awaitAcquisitionEnd() {
        Future<?> loop = acquisition;
        if (loop == null) {
            return;
        }
        try {
            loop.get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warning(() -> "The job acquisition loop ended with " + e.getCause());
        } catch (TimeoutException e) {
            LOG.warning(() -> "The job acquisition loop did not stop within " + STOP_WAIT_SECONDS + " s");
        }
    }

    private void awaitJobsInFlight() {
        Phaser inFlight = jobsInFlight;
        try {
            inFlight.awaitAdvanceInterruptibly(inFlight.arriveAndDeregister(), STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            LOG.warning(() -> "Jobs still running " + STOP_WAIT_SECONDS + " s after the job executor stopped");
        }
    }
}
