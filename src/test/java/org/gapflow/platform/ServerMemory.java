package org.gapflow.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * What the running server holds in memory, read the way an operator would: a full GC and the
 * platform MBeans through the management API, and {@code jcmd VM.metaspace show-loaders} on the
 * server's process for the class loaders of GapFlow deployments still alive and the metaspace they
 * hold (the test runs on the server's machine).
 */
final class ServerMemory {

    /** How the class loader of a deployed gapflow.war is named in jcmd's listing. */
    static final String GAPFLOW_LOADER = "\"deployment.gapflow.war\"";

    private static final Pattern USED = Pattern.compile("([0-9.]+) (bytes|KB|MB|GB) \\([^)]*\\) used");

    record Reading(long metaspaceBytes, long loadedClasses, int gapflowLoaders, long gapflowMetaspaceBytes) {

        @Override
        public String toString() {
            return String.format("metaspace %.1f MB, %d classes, %d GapFlow class loaders holding %.1f MB",
                    mb(metaspaceBytes), loadedClasses, gapflowLoaders, mb(gapflowMetaspaceBytes));
        }
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private final ModelControllerClient client;
    private final long pid;

    ServerMemory(ModelControllerClient client) throws IOException {
        this.client = client;
        String runtimeName = readAttribute(platform("runtime"), "name").asString();
        this.pid = Long.parseLong(runtimeName.substring(0, runtimeName.indexOf('@')));
    }

    /** After a full GC, so only what something still references is counted. */
    Reading afterFullGc() throws IOException, InterruptedException {
        // two collections: the first may only queue finalizable and cleanable objects
        fullGc();
        fullGc();
        long metaspace = readAttribute(memoryPool("Metaspace"), "usage").get("used").asLong();
        long classes = readAttribute(platform("class-loading"), "loaded-class-count").asLong();
        List<Long> gapflow = gapflowLoaderMetaspace();
        return new Reading(metaspace, classes, gapflow.size(), gapflow.stream().mapToLong(Long::longValue).sum());
    }

    int httpPort() throws IOException {
        ModelNode address = Operations.createAddress("socket-binding-group", "standard-sockets", "socket-binding", "http");
        return readAttribute(address, "bound-port").asInt();
    }

    private void fullGc() throws IOException {
        execute(Operations.createOperation("gc", platform("memory")));
    }

    /** The metaspace each live GapFlow class loader uses, from the JVM's own per-loader account. */
    private List<Long> gapflowLoaderMetaspace() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IllegalStateException("Reading the server's class loaders needs a JDK's jcmd, not found at " + jcmd);
        }
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.metaspace", "show-loaders")
                .redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (process.waitFor() != 0 || lines.stream().noneMatch(line -> line.contains("Usage per loader"))) {
            throw new IllegalStateException("jcmd " + pid + " VM.metaspace show-loaders failed:\n" + String.join("\n", lines));
        }
        List<Long> used = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("CLD ") && lines.get(i).contains(GAPFLOW_LOADER + " instance of")) {
                // the loader's block ends at a blank line; its last line is the total ("Both:")
                long last = 0;
                for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
                    Matcher m = USED.matcher(lines.get(j));
                    if (m.find()) {
                        last = bytes(m.group(1), m.group(2));
                    }
                }
                used.add(last);
            }
        }
        return used;
    }

    private static long bytes(String number, String unit) {
        double value = Double.parseDouble(number);
        return (long) switch (unit) {
            case "KB" -> value * 1024;
            case "MB" -> value * 1024 * 1024;
            case "GB" -> value * 1024 * 1024 * 1024;
            default -> value;
        };
    }

    private ModelNode readAttribute(ModelNode address, String name) throws IOException {
        return execute(Operations.createReadAttributeOperation(address, name));
    }

    private ModelNode execute(ModelNode operation) throws IOException {
        ModelNode outcome = client.execute(operation);
        if (!Operations.isSuccessfulOutcome(outcome)) {
            throw new IllegalStateException(operation + " failed: " + Operations.getFailureDescription(outcome));
        }
        return Operations.readResult(outcome);
    }

    private static ModelNode platform(String type) {
        return Operations.createAddress("core-service", "platform-mbean", "type", type);
    }

    private static ModelNode memoryPool(String name) {
        return Operations.createAddress("core-service", "platform-mbean", "type", "memory-pool", "name", name);
    }
}
