package org.gapflow.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the pending notices of a batch through one connection to the mail server.
 *
 * <p>Delivery is at least once, and in practice once: each notice is recorded as sent in its own
 * transaction as soon as the server accepted it, so a retried job sends only what is still pending. Only
 * a crash between the server's acceptance and that commit sends the notice again.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    NoticeLedger ledger;

    /** Throws when the server cannot be reached or refuses, so the engine retries the job. */
    public void deliver(String batchId, boolean lastTry) {
        Optional<SmtpServer> server = SmtpServer.configured();
        if (server.isEmpty()) {
            ledger.held(batchId);
            return;
        }
        List<Notice> pending = ledger.pending(batchId);
        if (!pending.isEmpty()) {
            send(server.get(), pending, lastTry);
        }
    }

    private void send(SmtpServer server, List<Notice> pending, boolean lastTry) {
        Session session = server.session();
        List<Long> unsent = new ArrayList<>(pending.stream().map(Notice::getId).toList());
        Transport transport = null;
        try {
            transport = session.getTransport("smtp");
            transport.connect();
            for (Notice notice : pending) {
                MimeMessage message;
                try {
                    message = message(session, server, notice);
                } catch (AddressException e) {
                    // no retry makes a malformed address valid: this notice fails now, the others go on
                    ledger.failed(List.of(notice.getId()), "Not an e-mail address: " + e.getMessage(), true);
                    unsent.remove(notice.getId());
                    continue;
                }
                transport.sendMessage(message, message.getAllRecipients());
                ledger.sent(notice.getId());
                unsent.remove(notice.getId());
            }
        } catch (MessagingException e) {
            String error = "Mail server " + server + ": " + e.getMessage();
            ledger.failed(unsent, error, lastTry);
            throw new MailNotSentException(unsent.size() + " notice(s) not sent" + (lastTry ? " after the last try. " : ". ")
                    + error, e);
        } finally {
            close(transport);
        }
    }

    private static MimeMessage message(Session session, SmtpServer server, Notice notice) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(server.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.getRecipient(), true));
        message.setSubject(notice.getSubject(), "UTF-8");
        message.setText(notice.getBody(), "UTF-8");
        return message;
    }

    private static void close(Transport transport) {
        if (transport == null || !transport.isConnected()) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            // what was sent is recorded; a failed QUIT changes nothing
            LOG.log(Level.FINE, "Closing the mail connection failed", e);
        }
    }

    /** A batch could not be sent; the message says why, for the job's incident. */
    public static class MailNotSentException extends RuntimeException {
        MailNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
