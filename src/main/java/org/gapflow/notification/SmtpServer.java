package org.gapflow.notification;

import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import org.gapflow.platform.Settings;

/**
 * The mail server notices go to, read from the settings each time a batch is sent, so configuring one
 * needs no rebuild. No {@code gapflow.smtp.host} (GAPFLOW_SMTP_HOST) means no mail server: the quick start's
 * default, where notices stay in the outbox.
 */
record SmtpServer(String host, int port, String from, String user, String password, boolean startTls,
        int timeoutMillis) {

    static Optional<SmtpServer> configured() {
        return Settings.find("gapflow.smtp.host").map(host -> new SmtpServer(host,
                Integer.parseInt(Settings.get("gapflow.smtp.port", "25")),
                Settings.get("gapflow.mail.from", "gapflow@localhost"),
                Settings.find("gapflow.smtp.user").orElse(null),
                Settings.find("gapflow.smtp.password").orElse(null),
                Settings.flag("gapflow.smtp.starttls", false),
                Integer.parseInt(Settings.get("gapflow.smtp.timeout", "10000"))));
    }

    /** A session whose connect, read and write all give up after the timeout: a job never hangs on the network. */
    Session session() {
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", host);
        props.setProperty("mail.smtp.port", Integer.toString(port));
        props.setProperty("mail.smtp.from", from);
        props.setProperty("mail.from", from);
        props.setProperty("mail.smtp.connectiontimeout", Integer.toString(timeoutMillis));
        props.setProperty("mail.smtp.timeout", Integer.toString(timeoutMillis));
        props.setProperty("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
        props.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
        if (user == null) {
            return Session.getInstance(props);
        }
        props.setProperty("mail.smtp.auth", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    @Override
    public String toString() {
        // never the password, in logs or messages
        return host + ":" + port;
    }
}
