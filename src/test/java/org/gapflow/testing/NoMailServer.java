package org.gapflow.testing;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Test-only: the quick start's situation on the shared test server, whose JVM names a mail server
 * (gapflow.smtp.host in arquillian.xml). While the test deployment that holds this class is deployed, that
 * setting is unset, as on a machine where GAPFLOW_SMTP_HOST was never set: GapFlow then reads no mail
 * server when it sends. Undeploying puts the setting back for the next test class.
 */
@ApplicationScoped
public class NoMailServer {

    static final String HOST = "gapflow.smtp.host";
    private String saved;

    void clear(@Observes @Initialized(ApplicationScoped.class) Object event) {
        saved = System.getProperty(HOST);
        System.clearProperty(HOST);
    }

    @PreDestroy
    void restore() {
        if (saved != null) {
            System.setProperty(HOST, saved);
        }
    }
}
