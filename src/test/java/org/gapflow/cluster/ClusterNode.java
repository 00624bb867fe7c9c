package org.gapflow.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One GapFlow server of the drill's cluster: the build's configured WildFly with a base directory of its
 * own (configuration copied, fresh data, log and deployments), its own port offset, node name and
 * transaction node id, the job executor on, and GapFlow's database from the environment given.
 */
final class ClusterNode {

    final String name;
    final int portOffset;
    private final Path baseDir;
    private Process process;

    ClusterNode(String name, int portOffset, Path clusterDir) {
        this.name = name;
        this.portOffset = portOffset;
        this.baseDir = clusterDir.resolve(name);
    }

    static Path serverHome() throws IOException {
        try (Stream<Path> found = Files.list(Path.of("target"))) {
            return found.filter(p -> p.getFileName().toString().startsWith("wildfly-") && Files.isDirectory(p))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "No server under target/: run ./mvnw package first"));
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + (8080 + portOffset) + "/gapflow";
    }

    void start(File war, Map<String, String> environment, List<String> properties) throws IOException {
        Path home = serverHome().toAbsolutePath();
        deleteTree(baseDir);
        Files.createDirectories(baseDir.resolve("deployments"));
        copyTree(home.resolve("standalone/configuration"), baseDir.resolve("configuration"));
        Files.copy(war.toPath(), baseDir.resolve("deployments/gapflow.war"), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-gapflow.xml",
                "-Djboss.server.base.dir=" + baseDir.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.node.name=" + name,
                "-Djboss.tx.node.id=" + name));
        command.addAll(properties);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(baseDir.resolve("console.log").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx512m -XX:MaxMetaspaceSize=384m");
        process = builder.start();
    }

    /** Waits for the deployment scanner's marker: deployed, or failed with the server's log to read. */
    void awaitDeployed(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path deployments = baseDir.resolve("deployments");
        while (System.nanoTime() < deadline) {
            if (Files.exists(deployments.resolve("gapflow.war.deployed"))) {
                return;
            }
            if (Files.exists(deployments.resolve("gapflow.war.failed"))) {
                throw new IllegalStateException(name + ": deployment failed: "
                        + Files.readString(deployments.resolve("gapflow.war.failed")));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped; see " + baseDir.resolve("console.log"));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not deploy GapFlow in " + timeout);
    }

    /** SIGKILL, to the server's JVM first: no shutdown hook, no undeploy, locks and connections left as they are. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws Exception {
        if (process == null || !process.isAlive()) {
            return;
        }
        Path cli = serverHome().toAbsolutePath().resolve("bin/jboss-cli.sh");
        new ProcessBuilder(cli.toString(), "-c", "--controller=127.0.0.1:" + (9990 + portOffset), "--command=:shutdown")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                .waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
