package org.gapflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.gapflow.testing.GapFlowDeployment;
import org.gapflow.testing.MailCatcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (failsafe runs it only when named: see README, "Benchmarks"): cycles/s and
 * per-step times of a whole review cycle through GapFlow's services on the fetched WildFly with 1 and 2
 * worker threads, the same for a bare Camunda engine, and the server's resident memory. The work runs
 * in the server (CycleBenchmarkServlet); this side prints the figures and writes them to
 * target/benchmarks/CycleThroughputBenchmark.txt. Nothing here asserts on time: only that the run
 * completed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CycleThroughputBenchmark {

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = GapFlowDeployment.war(CycleBenchmarkServlet.class, GapFlowCycle.class, BenchmarkTeams.class,
                        BenchmarkTeam.class, CycleDriver.class, ThroughputRun.class, StepTimes.class,
                        BareEngine.class, BareEngineCycle.class, ScratchDatabase.class, ResidentMemory.class,
                        MachineLoad.class, MailCatcher.class)
                .addAsLibrary(GapFlowDeployment.jarOf(com.icegreen.greenmail.util.GreenMail.class));
        // the bare engine's JDBC drivers: the ones the server already has as modules
        war.delete("META-INF/MANIFEST.MF");
        war.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: com.h2database.h2, org.postgresql\n"));
        return war;
    }

    @ArquillianResource
    URL base;

    // HTTP/1.1: over HTTP/2 the server ends a response that is quiet for a minute (GOAWAY). Held for the
    // whole test: a client nothing refers to any more is collected, which closes its connections.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void cyclesThroughGapFlowAndABareEngine() throws IOException, InterruptedException {
        int cycles = Integer.getInteger("gapflow.bench.cycles", 300);
        int warmup = Integer.getInteger("gapflow.bench.warmup", 50);
        URI uri = URI.create(base.toString()).resolve("it/bench/cycles?cycles=" + cycles + "&warmup=" + warmup);
        HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);

        List<String> figures = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            lines.forEach(line -> {
                System.out.println(line);
                if (!line.startsWith(CycleBenchmarkServlet.PROGRESS)) {
                    figures.add(line);
                }
            });
        }
        Path report = Path.of(System.getProperty("basedir", "."), "target", "benchmarks",
                "CycleThroughputBenchmark.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, figures);
        System.out.println("figures written to " + report);

        assertThat(figures).noneMatch(line -> line.startsWith(CycleBenchmarkServlet.FAILED));
        assertThat(figures).last().isEqualTo(CycleBenchmarkServlet.DONE);
    }
}
