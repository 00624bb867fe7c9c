package org.gapflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mail server comes from the settings at send time; none configured means none, and every socket times out. */
class SmtpServerTest {

    private static final String[] KEYS = {"gapflow.smtp.host", "gapflow.smtp.port", "gapflow.smtp.timeout",
        "gapflow.smtp.user", "gapflow.smtp.password", "gapflow.mail.from"};

    @AfterEach
    void clear() {
        for (String key : KEYS) {
            System.clearProperty(key);
        }
    }

    @Test
    void noHostMeansNoMailServer() {
        assertThat(SmtpServer.configured()).isEmpty();
        System.setProperty("gapflow.smtp.host", "  ");
        assertThat(SmtpServer.configured()).as("blank is unset").isEmpty();
    }

    @Test
    void theSessionConnectsReadsAndWritesWithTimeouts() {
        System.setProperty("gapflow.smtp.host", "mail.internal");
        System.setProperty("gapflow.smtp.port", "2525");
        System.setProperty("gapflow.smtp.timeout", "4000");
        SmtpServer server = SmtpServer.configured().orElseThrow();
        Properties session = server.session().getProperties();
        assertThat(session.getProperty("mail.smtp.host")).isEqualTo("mail.internal");
        assertThat(session.getProperty("mail.smtp.port")).isEqualTo("2525");
        assertThat(session.getProperty("mail.smtp.connectiontimeout")).isEqualTo("4000");
        assertThat(session.getProperty("mail.smtp.timeout")).isEqualTo("4000");
        assertThat(session.getProperty("mail.smtp.writetimeout")).isEqualTo("4000");
        assertThat(session.getProperty("mail.smtp.auth")).isNull();
        assertThat(server.from()).isEqualTo("gapflow@localhost");
    }

    @Test
    void credentialsTurnOnAuthenticationAndStayOutOfTheName() {
        System.setProperty("gapflow.smtp.host", "mail.internal");
        System.setProperty("gapflow.smtp.user", "gapflow");
        System.setProperty("gapflow.smtp.password", "s3cret");
        SmtpServer server = SmtpServer.configured().orElseThrow();
        assertThat(server.session().getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(server.toString()).isEqualTo("mail.internal:25").doesNotContain("s3cret");
    }
}
