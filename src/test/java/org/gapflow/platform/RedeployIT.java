package org.gapflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gapflow.testing.Browserless;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.standalone.ServerDeploymentHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Undeploying GapFlow gives its classes back. The real WAR (target/gapflow.war, without test
 * classes) is deployed, used (login, home page, task list) and undeployed again and again into the
 * one server the suite runs on. After each deploy and each undeploy, and a full GC, metaspace and the
 * GapFlow class loaders still alive are printed; at the end they must be near where they were after
 * the first round. A class loader kept by every round would keep all of GapFlow's classes each time
 * (about 4,700 classes, some 26 MB of metaspace) and fail both checks.
 * <p>
 * The test drives the deployments itself through the management API: Arquillian deploys once per
 * class. Rounds: {@code -Dgapflow.redeploy.rounds} (default 20).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RedeployIT {

    private static final String NAME = "gapflow.war";
    private static final int ROUNDS = Integer.getInteger("gapflow.redeploy.rounds", 20);

    @Test
    void undeployReleasesTheApplication() throws Exception {
        Path war = Path.of(System.getProperty("gapflow.war", "target/gapflow.war"));
        assertThat(war).as("the WAR the build produced").exists();
        int managementPort = Integer.getInteger("gapflow.management.port", 9990);
        try (ModelControllerClient client = ModelControllerClient.Factory.create(
                InetAddress.getByName("127.0.0.1"), managementPort)) {
            ServerDeploymentHelper deployments = new ServerDeploymentHelper(client);
            ServerMemory memory = new ServerMemory(client);
            URL application = URI.create("http://127.0.0.1:" + memory.httpPort() + "/gapflow/").toURL();
            print("before the first deploy", memory.afterFullGc());

            List<ServerMemory.Reading> afterUndeploy = new ArrayList<>();
            long oneDeployment = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                try (InputStream content = Files.newInputStream(war)) {
                    deployments.deploy(NAME, content);
                }
                use(application);
                ServerMemory.Reading deployed = memory.afterFullGc();
                print("round " + round + ", deployed", deployed);
                assertThat(deployed.gapflowLoaders()).as("the deployed GapFlow's class loader").isPositive();
                if (round == 1) {
                    oneDeployment = deployed.gapflowMetaspaceBytes();
                }

                deployments.undeploy(NAME);
                ServerMemory.Reading undeployed = memory.afterFullGc();
                print("round " + round + ", undeployed", undeployed);
                afterUndeploy.add(undeployed);
            }

            ServerMemory.Reading first = afterUndeploy.get(0);
            ServerMemory.Reading last = afterUndeploy.get(afterUndeploy.size() - 1);
            // A few undeployed loaders live on, bounded, not growing with the rounds: each of the server's
            // request threads references the request that made the pool start it for as long as it lives
            // (jboss-threads), and EL's bean cache (org.jboss.el) keeps the class of an entry the GC cleared
            // until its next lookup, which the next deployment makes. Measured: 1 after round 1, 2 or 3 later.
            assertThat(last.gapflowLoaders())
                    .as("GapFlow class loaders alive after %d rounds (after round 1: %d)", ROUNDS, first.gapflowLoaders())
                    .isLessThanOrEqualTo(first.gapflowLoaders() + 3);
            assertThat(last.metaspaceBytes() - first.metaspaceBytes())
                    .as("metaspace grown since round 1 (one GapFlow takes %.1f MB)", ServerMemory.mb(oneDeployment))
                    .isLessThan(4 * oneDeployment);
            // and nothing else grows per deploy: the server's own metaspace comes back too
            long otherFirst = first.metaspaceBytes() - first.gapflowMetaspaceBytes();
            long otherLast = last.metaspaceBytes() - last.gapflowMetaspaceBytes();
            assertThat(ServerMemory.mb(otherLast - otherFirst))
                    .as("metaspace outside GapFlow's class loaders grown since round 1, MB")
                    .isLessThan(16.0);
        }
    }

    /** What a user does first, so request threads, sessions, JSF and EL caches, and the engine are all touched. */
    private static void use(URL application) throws Exception {
        Browserless browser = new Browserless(application);
        HttpResponse<String> home = browser.login("mark", "gapflow");
        assertThat(home.statusCode()).as("home page after login").isEqualTo(200);
        assertThat(home.uri().getPath()).as("where the login led").endsWith("/app/home.xhtml");
        assertThat(browser.get("app/tasks.xhtml").statusCode()).as("task list").isEqualTo(200);
    }

    private static void print(String when, ServerMemory.Reading reading) {
        System.out.println("RedeployIT " + when + ": " + reading);
    }
}
