package org.gapflow.notification;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.gapflow.platform.Settings;

/**
 * What happens when a dispatch job fails: it waits before the next try (the engine's own strategy would
 * retry a job outside any process at once, three times in a row), and when no try is left the engine
 * raises its failed-job incident. Other jobs keep the engine's strategy.
 */
final class NoticeRetries implements FailedJobCommandFactory {

    /** The waits after the first, second and third failed try (gapflow.mail.retry-waits): four tries in all. */
    static final List<Duration> WAITS = Arrays.stream(Settings.get("gapflow.mail.retry-waits", "PT1M,PT10M,PT1H")
            .split(",")).map(String::trim).map(Duration::parse).toList();
    static final int TRIES = WAITS.size() + 1;

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
        return new RetryLater(jobId, exception);
    }

    private static final class RetryLater extends JobRetryCmd {

        RetryLater(String jobId, Throwable exception) {
            super(jobId, exception);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            if (job == null || !NoticeDispatch.TYPE.equals(job.getJobHandlerType())) {
                return new DefaultJobRetryCmd(jobId, exception).execute(commandContext);
            }
            job.unlock();
            logException(job);
            if (shouldDecrementRetriesFor(exception) && job.getRetries() > 1) {
                int failedTries = Math.max(0, TRIES - job.getRetries());
                Duration wait = WAITS.get(Math.min(failedTries, WAITS.size() - 1));
                job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + wait.toMillis()));
            }
            // at zero retries the engine raises the failed-job incident
            decrementRetries(job);
            notifyAcquisition(commandContext);
            return null;
        }
    }
}
