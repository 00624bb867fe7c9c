package org.gapflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.gapflow.testing.Browserless;
import org.gapflow.testing.GapFlowDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data written before a server reload is there after it. A reload stops every service, closes the
 * datasource's pool (and with it the embedded H2 database) and starts the server and GapFlow again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerReloadIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GapFlowDeployment.war(TeamProbeServlet.class);
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient managementClient;

    @Test
    void dataSurvivesAServerReload() throws Exception {
        String team = "reload-" + UUID.randomUUID();
        Browserless client = new Browserless(base);
        assertThat(client.postForm("it/teams", "name", team).body()).isEqualTo("created");

        ModelNode result = managementClient.getControllerClient().execute(Operations.createOperation("reload"));
        assertThat(Operations.isSuccessfulOutcome(result)).as(result.toString()).isTrue();
        awaitRunningApplication(client);

        assertThat(client.get("it/teams?name=" + team).body()).isEqualTo("1");
    }

    /** The reload operation answers before the server goes down: wait for it to go, then to come back. */
    private void awaitRunningApplication(Browserless client) throws InterruptedException {
        Instant wentDownBy = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(wentDownBy) && probe(client) == 200) {
            Thread.sleep(100);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (probe(client) == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("GapFlow did not come back within 120 s after the reload");
    }

    private static int probe(Browserless client) throws InterruptedException {
        try {
            HttpResponse<String> response = client.get("it/teams?name=none");
            return response.statusCode();
        } catch (java.io.IOException down) {
            return -1;
        }
    }
}
