package org.gapflow.testing;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Test-only: an SMTP server inside the test deployment on 127.0.0.1, on the port the server's mail
 * session uses (gapflow.smtp.port: 3025 as arquillian.xml sets it, or what a run beside another server
 * passes in gapflow.server.jvm). In-container tests read what GapFlow sent.
 */
@ApplicationScoped
public class MailCatcher {

    public static final int DEFAULT_PORT = 3025;
    private GreenMail greenMail;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        greenMail = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    /** The port the mail session sends to, so the catcher is where GapFlow's mail goes. */
    public static int port() {
        return Integer.getInteger("gapflow.smtp.port", DEFAULT_PORT);
    }

    @PreDestroy
    void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    public List<MimeMessage> messages() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    public void reset() {
        greenMail.reset();
    }
}
