package org.gapflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.gapflow.testing.GapFlowDeployment;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The fault drill (issue 12): two GapFlow nodes on one PostgreSQL, both job executors on. Clients drive
 * cycles through both; one node is killed with SIGKILL while it holds jobs; then PostgreSQL restarts under
 * load. It prints its counts and fails when a case is lost or duplicated, a job or timer ran other than
 * exactly once, a mail went out other than once, or a server does not recover by itself.
 * Run by name (not part of ./mvnw verify); see README, "Two nodes".
 */
class TwoNodeFaultDrill {

    static final int CYCLES = Integer.getInteger("gapflow.drill.cycles", 120);
    static final int CLIENTS = Integer.getInteger("gapflow.drill.clients", 8);
    static final int LOCK_MILLIS = 15_000;
    /** Generous: on a busy two-core machine a server takes minutes to boot and deploy. */
    static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(Integer.getInteger("gapflow.drill.deploy-minutes", 15));
    static final int SMTP_PORT = Integer.getInteger("gapflow.drill.smtp-port", 3925);
    static final String PG = "jdbc:postgresql://127.0.0.1:5432/";
    static final List<String> ONCE = List.of("EnrolAndNotify", "TrainingEnded", "EvaluationDelayPassed");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<String> report = new ArrayList<>();
    final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    @Test
    void twoNodesLoseNothing() throws Exception {
        String database = "gapflow_drill_" + run;
        admin("CREATE DATABASE " + database);
        GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Path clusterDir = Path.of("target/cluster").toAbsolutePath();
        ClusterNode a = new ClusterNode("node-a", 1000, clusterDir);
        ClusterNode b = new ClusterNode("node-b", 1100, clusterDir);
        try {
            File war = drillWar(clusterDir);
            Map<String, String> env = Map.of("GAPFLOW_DB_DRIVER", "postgresql", "GAPFLOW_DB_URL", PG + database,
                    "GAPFLOW_DB_USER", "postgres", "GAPFLOW_DB_PASSWORD", "postgres", "GAPFLOW_DB_POOL", "20");
            List<String> properties = List.of("-Dgapflow.jobs.lock-time=" + LOCK_MILLIS, "-Dgapflow.jobs.max-wait=2000",
                    "-Dgapflow.smtp.host=127.0.0.1", "-Dgapflow.smtp.port=" + SMTP_PORT);
            // one after the other: the first creates the schemas, the second finds them
            a.start(war, env, properties);
            a.awaitDeployed(DEPLOY_TIMEOUT);
            b.start(war, env, properties);
            b.awaitDeployed(DEPLOY_TIMEOUT);
            post(a, "/it/drill/team?run=" + run + "&size=" + (CYCLES + 2000), "");
            DrillDatabase db = new DrillDatabase(PG + database);
            List<String> approved = crashOneNode(a, b, db);
            followUp(a, db, approved, mail);
            restartDatabase(a, db);
        } finally {
            report.forEach(line -> System.out.println("drill: " + line));
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.write(Path.of("target/benchmarks/two-node-fault-drill.txt"), report);
            a.stop();
            b.stop();
            mail.stop();
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Part 1: cycles through both nodes; node B killed half-way while it holds jobs. */
    private List<String> crashOneNode(ClusterNode a, ClusterNode b, DrillDatabase db) throws Exception {
        Map<Integer, String> approved = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> servedBy = Map.of(a.name, new AtomicInteger(), b.name, new AtomicInteger());
        AtomicInteger servedByAAfterKill = new AtomicInteger();
        AtomicInteger interrupted = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger(1);
        AtomicInteger done = new AtomicInteger();
        ClusterNode[] alive = {a, b};
        boolean[] killed = {false};
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                for (int index = next.getAndIncrement(); index <= CYCLES; index = next.getAndIncrement()) {
                    ClusterNode node = alive[index % alive.length];
                    boolean afterKill = killed[0];
                    try {
                        HttpResponse<String> response = post(node, "/it/drill/cycle?run=" + run + "&index=" + index, "");
                        if (response.statusCode() == 200) {
                            approved.put(index, response.body().trim());
                            servedBy.get(node.name).incrementAndGet();
                            if (afterKill && node == a) {
                                servedByAAfterKill.incrementAndGet();
                            }
                        } else {
                            interrupted.incrementAndGet();
                            failures.merge(node.name + (afterKill ? " after" : " before") + " the kill: HTTP "
                                    + response.statusCode(), 1, Integer::sum);
                        }
                    } catch (IOException e) {
                        interrupted.incrementAndGet();
                        failures.merge(node.name + (afterKill ? " after" : " before") + " the kill: "
                                + e.getClass().getSimpleName(), 1, Integer::sum);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    done.incrementAndGet();
                }
            });
        }
        while (done.get() < CYCLES / 2) {
            Thread.sleep(100);
        }
        // kill B while it has claimed jobs, so that the drill sees them taken over
        List<String> lockedByB = List.of();
        long waitForLocks = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (lockedByB.isEmpty() && System.nanoTime() < waitForLocks) {
            lockedByB = db.jobsLockedBy(b.name);
        }
        b.kill();
        long killedAt = System.nanoTime();
        alive[1] = a;
        killed[0] = true;
        report.add("node-b killed with SIGKILL after " + done.get() + " of " + CYCLES + " cycles, holding "
                + lockedByB.size() + " jobs");
        clients.shutdown();
        assertThat(clients.awaitTermination(15, TimeUnit.MINUTES)).as("clients finished").isTrue();
        long takeover = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOCK_MILLIS) + TimeUnit.SECONDS.toNanos(90);
        while (db.jobsStillThere(lockedByB) > 0 && System.nanoTime() < takeover) {
            Thread.sleep(250);
        }
        long stillLocked = db.jobsStillThere(lockedByB);
        report.add(String.format("jobs node-b held, run by node-a after its lock expired: %d of %d, %.1f s after the kill"
                + " (lock time %d s)", lockedByB.size() - stillLocked, lockedByB.size(),
                (System.nanoTime() - killedAt) / 1e9, LOCK_MILLIS / 1000));
        report.add("cycles to approval served: node-a " + servedBy.get(a.name) + " (" + servedByAAfterKill
                + " after the kill), node-b " + servedBy.get(b.name) + "; not completed " + interrupted + " " + failures);
        long duplicates = db.employeesWithMoreThanOneCase(run);
        long cases = db.cases(run);
        report.add("cases in the database " + cases + " (acknowledged " + approved.size() + ", interrupted "
                + interrupted + "); employees with two cases " + duplicates);
        assertThat(stillLocked).as("jobs of the dead node taken over").isZero();
        assertThat(servedByAAfterKill.get()).as("the survivor keeps serving").isPositive();
        assertThat(duplicates).as("duplicated cases").isZero();
        assertThat(cases).as("no acknowledged case lost").isGreaterThanOrEqualTo(approved.size());
        assertThat(cases).as("at most one case per attempted cycle").isLessThanOrEqualTo(CYCLES);
        return new ArrayList<>(approved.values());
    }

    /** Enrolment jobs and both timers, run by whichever node's executor claims them; then the evaluations. */
    private void followUp(ClusterNode a, DrillDatabase db, List<String> approved, GreenMail mail) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        String ids = String.join("\n", approved);
        while (db.waitingAt(approved, "EvaluateResults") < approved.size() && System.nanoTime() < deadline) {
            post(a, "/it/drill/timers?run=" + run, ids);
            Thread.sleep(1000);
        }
        long atEvaluation = db.waitingAt(approved, "EvaluateResults");
        report.add("approved cases waiting for their evaluation after enrolment and both timers: " + atEvaluation
                + " of " + approved.size() + "; jobs failed " + db.failedJobs(approved));
        for (String activity : ONCE) {
            long notOnce = 0;
            for (String instance : approved) {
                notOnce += db.completedRuns(instance, activity) == 1 ? 0 : 1;
            }
            report.add(activity + ": cases where it did not run exactly once: " + notOnce);
            assertThat(notOnce).as(activity + " exactly once").isZero();
        }
        Map<String, Integer> mailsPerAddress = mailsToDrillAddresses(mail, approved.size());
        long once = mailsPerAddress.values().stream().filter(n -> n == 1).count();
        long more = mailsPerAddress.values().stream().filter(n -> n > 1).count();
        report.add("enrolment mails: " + mailsPerAddress.values().stream().mapToInt(Integer::intValue).sum()
                + " to " + mailsPerAddress.size() + " employees; exactly once " + once + ", more than once " + more);
        for (String instance : approved) {
            post(a, "/it/drill/evaluate?run=" + run + "&instance=" + instance, "");
        }
        long ended = db.ended(approved);
        report.add("cases evaluated and ended: " + ended + " of " + approved.size());
        assertThat(atEvaluation).isEqualTo(approved.size());
        assertThat(once).as("one mail for each enrolled employee").isEqualTo(approved.size());
        assertThat(more).as("no mail twice").isZero();
        assertThat(ended).isEqualTo(approved.size());
    }

    private Map<String, Integer> mailsToDrillAddresses(GreenMail mail, int expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        Map<String, Integer> perAddress = new ConcurrentHashMap<>();
        do {
            perAddress.clear();
            for (MimeMessage message : mail.getReceivedMessages()) {
                for (String address : recipients(message)) {
                    if (address.startsWith("drill-" + run + "-")) {
                        perAddress.merge(address, 1, Integer::sum);
                    }
                }
            }
            Thread.sleep(1000);
        } while (perAddress.size() < expected && System.nanoTime() < deadline);
        Thread.sleep(5000); // a late duplicate would arrive now
        perAddress.clear();
        for (MimeMessage message : mail.getReceivedMessages()) {
            for (String address : recipients(message)) {
                if (address.startsWith("drill-" + run + "-")) {
                    perAddress.merge(address, 1, Integer::sum);
                }
            }
        }
        return perAddress;
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        Address[] to = message.getAllRecipients();
        return to == null ? List.of() : java.util.Arrays.stream(to).map(Address::toString).toList();
    }

    /** Part 2: PostgreSQL restarts while clients keep going against the survivor. */
    private void restartDatabase(ClusterNode a, DrillDatabase db) throws Exception {
        DatabaseRestartLoad load = new DatabaseRestartLoad(this, a, run, CYCLES + 1, CLIENTS);
        load.start();
        Thread.sleep(10_000);
        long restartStarted = System.nanoTime();
        Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", postgresVersion(), "main",
                "restart").redirectErrorStream(true).start();
        String output = new String(restart.getInputStream().readAllBytes());
        assertThat(restart.waitFor()).as("PostgreSQL restart: " + output).isZero();
        long restartedAt = System.nanoTime();
        load.markRestarted(restartedAt);
        Thread.sleep(30_000);
        load.stop();
        report.add(String.format("PostgreSQL restarted in %.1f s under load from %d clients", (restartedAt - restartStarted) / 1e9,
                CLIENTS));
        report.addAll(load.summary());
        assertThat(load.okAfterRestart()).as("the server recovers without a restart").isPositive();
        assertThat(load.hungRequests()).as("requests that hung instead of failing cleanly").isZero();
        assertThat(db.employeesWithMoreThanOneCase(run)).as("duplicated cases after the restart").isZero();
        assertThat(db.cases(run)).as("cases acknowledged during the restart part are stored")
                .isGreaterThanOrEqualTo(load.acknowledged());
    }

    HttpResponse<String> post(ClusterNode node, String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static File drillWar(Path clusterDir) throws IOException {
        Files.createDirectories(clusterDir);
        File war = clusterDir.resolve("gapflow.war").toFile();
        GapFlowDeployment.war(DrillCycle.class, DrillServlet.class).as(ZipExporter.class).exportTo(war, true);
        return war;
    }

    private static String postgresVersion() throws IOException {
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            return versions.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(PG + "postgres", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
