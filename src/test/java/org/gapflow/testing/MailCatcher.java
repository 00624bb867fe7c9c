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
 * Test-only: an SMTP server inside the test deployment on 127.0.0.1, port gapflow.smtp.port (3025 unless
 * a run moves it, e.g. beside another server), where arquillian.xml points the server's mail session.
 * In-container tests read what GapFlow sent.
 */
@ApplicationScoped
public class MailCatcher {

    public static final int PORT = Integer.getInteger("gapflow.smtp.port", 3025);
    private GreenMail greenMail;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
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
