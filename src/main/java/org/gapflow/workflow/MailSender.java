package org.gapflow.workflow;

import java.util.Collection;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends plain-text mail through the server's mail session (java:jboss/mail/gapflow). A failure is
 * thrown, not swallowed: called from an asynchronous process step, the engine retries the job and
 * raises an incident when the retries run out, so no notice is silently lost.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/gapflow")
    Session session;

    public void send(Collection<String> recipients, String subject, String body) {
        if (recipients.isEmpty()) {
            LOG.warning(() -> "Mail '" + subject + "' has no recipient with an address; not sent");
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            for (String recipient : recipients) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
            }
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailNotSentException("Mail '" + subject + "' could not be sent: " + e.getMessage(), e);
        }
    }

    public static class MailNotSentException extends RuntimeException {
        MailNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
