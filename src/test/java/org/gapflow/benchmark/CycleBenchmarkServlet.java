package org.gapflow.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.IntConsumer;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.gapflow.platform.Settings;
import org.gapflow.testing.MailCatcher;

/**
 * Test-only (in the benchmark's archive, never in the product): runs CycleThroughputBenchmark inside
 * the server and streams its figures back as plain lines, so the client prints them while the run goes
 * on. Lines starting with "progress:" are for the console only; "FAILED:" ends a run that broke.
 */
@WebServlet("/it/bench/cycles")
public class CycleBenchmarkServlet extends HttpServlet {

    static final String PROGRESS = "progress: ";
    static final String FAILED = "FAILED: ";
    static final String DONE = "done.";
    static final long TARGET_RSS_MIB = 768;

    @Inject
    GapFlowCycle gapflow;

    @Inject
    BenchmarkTeams teams;

    @Inject
    ProcessEngine processEngine;

    @Inject
    MailCatcher mail;

    // threads with the application's context (naming, class loader), like request threads
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int cycles = Integer.parseInt(request.getParameter("cycles"));
        int warmup = Integer.parseInt(request.getParameter("warmup"));
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        // the server's job executor would race the cycle for the enrolment job: the cycle runs it instead
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getJobExecutor();
        boolean jobExecutorWasActive = jobExecutor.isActive();
        if (jobExecutorWasActive) {
            jobExecutor.shutdown();
        }
        try {
            run(cycles, warmup, out);
            line(out, DONE);
        } catch (Exception e) {
            log("Cycle benchmark failed", e);
            line(out, FAILED + e);
        } finally {
            if (jobExecutorWasActive) {
                jobExecutor.start();
            }
        }
    }

    private void run(int cycles, int warmup, PrintWriter out) throws Exception {
        ResidentMemory idle = ResidentMemory.ofThisProcess();
        line(out, "CycleThroughputBenchmark " + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + ": a whole review cycle (start review, identify gaps, analyse causes, choose training, specify,"
                + " HR approves, enrolment job, evaluation timers, evaluate) through GapFlow's services in the"
                + " server, and the same shape on a bare Camunda 7.24 engine with full history in the same JVM");
        line(out, "database: " + Settings.get("gapflow.db.driver", "h2") + "; " + cycles
                + " measured cycles per run, each engine warmed up first with " + warmup + " cycles");
        line(out, "machine at start: " + MachineLoad.now());
        line(out, "server: pid " + idle.pid() + ", Java " + Runtime.version() + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        line(out, "server RSS at idle after deploy: " + idle.describe() + "; target: under " + TARGET_RSS_MIB + " MiB");

        String runId = Long.toString(System.currentTimeMillis(), 36);
        CycleDriver gapflowCycle = gapflow.driver(teams.create(runId));
        line(out, PROGRESS + "GapFlow warm-up, " + warmup + " cycles");
        ThroughputRun.run(gapflowCycle, 0, warmup, 1, threads, progress(out, "GapFlow warm-up", warmup));
        mail.reset();
        ThroughputRun.Result gapflow1 = measured(out, "GapFlow", gapflowCycle, warmup, cycles, 1);
        ThroughputRun.Result gapflow2 = measured(out, "GapFlow", gapflowCycle, warmup + cycles, cycles, 2);
        ResidentMemory after = ResidentMemory.ofThisProcess();
        line(out, "server RSS right after the throughput run: " + after.describe() + "; target: under "
                + TARGET_RSS_MIB + " MiB");
        // what GreenMail kept of the enrolment mail is the test's, not GapFlow's: let it go
        mail.reset();

        ThroughputRun.Result bare1;
        ThroughputRun.Result bare2;
        try (ScratchDatabase database = ScratchDatabase.besideTheServers();
             BareEngine bare = BareEngine.start(database, BareEngineCycle.beans())) {
            line(out, "bare engine database: " + database.describe());
            CycleDriver bareCycle = new BareEngineCycle(bare.engine);
            line(out, PROGRESS + "bare engine warm-up, " + warmup + " cycles");
            ThroughputRun.run(bareCycle, 0, warmup, 1, threads, progress(out, "bare engine warm-up", warmup));
            bare1 = measured(out, "bare engine", bareCycle, warmup, cycles, 1);
            bare2 = measured(out, "bare engine", bareCycle, warmup + cycles, cycles, 2);
        }

        line(out, "side by side, cycles/s     GapFlow   bare engine   GapFlow/bare");
        comparison(out, "1 thread ", gapflow1, bare1);
        comparison(out, "2 threads", gapflow2, bare2);
        line(out, "machine at end: " + MachineLoad.now());
    }

    private ThroughputRun.Result measured(PrintWriter out, String engine, CycleDriver driver, int firstIndex,
                                          int cycles, int threadCount) throws InterruptedException {
        String label = engine + ", " + threadCount + (threadCount == 1 ? " thread" : " threads");
        line(out, PROGRESS + label + ", " + cycles + " cycles");
        ThroughputRun.Result result = ThroughputRun.run(driver, firstIndex, cycles, threadCount, threads,
                progress(out, label, cycles));
        line(out, String.format(Locale.ROOT, "%s: %d cycles in %.1f s = %.1f cycles/s", label, result.cycles(),
                result.seconds(), result.cyclesPerSecond()));
        line(out, String.format(Locale.ROOT, "  %-20s %9s %9s", "step", "mean ms", "p95 ms"));
        StepTimes steps = result.steps();
        for (String step : steps.steps()) {
            line(out, String.format(Locale.ROOT, "  %-20s %9.1f %9.1f", step, steps.meanMillis(step),
                    steps.p95Millis(step)));
        }
        return result;
    }

    private static IntConsumer progress(PrintWriter out, String label, int cycles) {
        return done -> line(out, PROGRESS + label + ", " + done + " of " + cycles + " cycles done");
    }

    private static void comparison(PrintWriter out, String label, ThroughputRun.Result gapflow,
                                   ThroughputRun.Result bare) {
        line(out, String.format(Locale.ROOT, "  %s                %7.1f %13.1f %14.2f", label,
                gapflow.cyclesPerSecond(), bare.cyclesPerSecond(), gapflow.cyclesPerSecond() / bare.cyclesPerSecond()));
    }

    private static void line(PrintWriter out, String text) {
        // worker threads report progress too
        synchronized (out) {
            out.println(text);
            // each line reaches the client as it is written: a run takes minutes
            out.flush();
        }
    }
}
