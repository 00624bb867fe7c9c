package org.gapflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.gapflow.notification.OutboxEntries;
import org.gapflow.platform.NotAllowedException;
import org.gapflow.testing.GapFlowDeployment;
import org.gapflow.testing.MailCatcher;
import org.gapflow.workflow.Actor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail outbox on the real server: notices commit and roll back with the step that writes them, go out
 * after commit through the engine's job executor, are never sent twice, stay in the outbox without a mail
 * server, and end as a failed-job incident when the server cannot be reached on any try.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final String HOST = "gapflow.smtp.host";
    private static final String PORT = "gapflow.smtp.port";

    @Deployment
    static WebArchive deployment() {
        return GapFlowDeployment.war(OutboxIT.class, MailCatcher.class)
                .addAsLibrary(GapFlowDeployment.jarOf(com.icegreen.greenmail.util.GreenMail.class));
    }

    @Inject Outbox outbox;
    @Inject MailDelivery delivery;
    @Inject OutboxEntries entries;
    @Inject MailCatcher mail;
    @Inject UserTransaction transaction;
    @Inject ManagementService managementService;
    @Inject RuntimeService runtimeService;
    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Test
    void noticesAreWrittenWithTheirTransactionAndSentAfterCommitOnceEach() throws Exception {
        String rolledBack = subject("rolled back");
        transaction.begin();
        outbox.post(List.of("ann@gapflow.example", "bob@gapflow.example"), rolledBack, "Text", null);
        transaction.rollback();
        assertThat(notices(rolledBack)).isEmpty();

        String subject = subject("committed");
        transaction.begin();
        outbox.post(List.of("ann@gapflow.example", "bob@gapflow.example"), subject, "Hello", "http://example.org/x");
        outbox.post(List.of("cid@gapflow.example"), subject, "Hello again", null);
        transaction.commit();

        await(() -> notices(subject).stream().allMatch(n -> n.getStatus() == NoticeStatus.SENT), "all sent");
        List<Notice> sent = notices(subject);
        assertThat(sent).extracting(Notice::getRecipient)
                .containsExactly("ann@gapflow.example", "bob@gapflow.example", "cid@gapflow.example");
        assertThat(sent).extracting(Notice::getBatchId).as("one transaction, one batch").containsOnly(sent.get(0).getBatchId());
        assertThat(sent).allSatisfy(n -> {
            assertThat(n.getAttempts()).isEqualTo(1);
            assertThat(n.getSentAt()).isNotNull();
        });
        assertThat(mailsWith(subject)).hasSize(3);
        assertThat(dispatchJob(sent.get(0).getBatchId())).as("the dispatch job is done").isNull();

        // what a retried job does: the batch again; what was recorded as sent is not sent a second time
        delivery.deliver(sent.get(0).getBatchId(), false);
        assertThat(mailsWith(subject)).hasSize(3);
        assertThat(notices(subject)).allSatisfy(n -> assertThat(n.getAttempts()).isEqualTo(1));
    }

    @Test
    void withNoMailServerConfiguredNoticesStayInTheOutboxAndNothingFails() throws Exception {
        String subject = subject("no server");
        String host = System.getProperty(HOST);
        System.clearProperty(HOST);
        try {
            transaction.begin();
            outbox.post(List.of("ann@gapflow.example"), subject, "Kept", null);
            transaction.commit();
            await(() -> notices(subject).stream().allMatch(n -> n.getStatus() == NoticeStatus.HELD), "held");
        } finally {
            System.setProperty(HOST, host);
        }
        Notice held = notices(subject).get(0);
        assertThat(held.getAttempts()).isZero();
        assertThat(held.getLastError()).isNull();
        assertThat(dispatchJob(held.getBatchId())).as("the job ended well: no retry, no incident").isNull();
        assertThat(mailsWith(subject)).isEmpty();
    }

    @Test
    void anUnreachableMailServerIsTriedAgainLaterThenRaisesAnIncident() throws Exception {
        String subject = subject("unreachable");
        String port = System.getProperty(PORT);
        System.setProperty(PORT, Integer.toString(closedPort()));
        try {
            transaction.begin();
            outbox.post(List.of("ann@gapflow.example"), subject, "Nobody listens", null);
            transaction.commit();
            String batch = notices(subject).get(0).getBatchId();

            // the job executor's first try fails; the next one waits (a minute by default)
            await(() -> dispatchJob(batch) != null && dispatchJob(batch).getRetries() == NoticeRetries.TRIES - 1,
                    "first try failed");
            Job job = dispatchJob(batch);
            assertThat(job.getDuedate()).isInTheFuture();
            assertThat(notices(subject).get(0).getStatus()).isEqualTo(NoticeStatus.PENDING);
            assertThat(notices(subject).get(0).getLastError()).contains("Mail server 127.0.0.1:");

            // the remaining tries, now rather than in an hour
            for (int tryNumber = 2; tryNumber <= NoticeRetries.TRIES; tryNumber++) {
                assertThatThrownBy(() -> managementService.executeJob(job.getId()))
                        .hasMessageContaining("not sent");
            }
            assertThat(dispatchJob(batch).getRetries()).isZero();
            Incident incident = runtimeService.createIncidentQuery().incidentType("failedJob")
                    .configuration(job.getId()).singleResult();
            assertThat(incident).as("failed-job incident").isNotNull();
            assertThat(incident.getIncidentMessage()).contains("not sent after the last try");
            Notice failed = notices(subject).get(0);
            assertThat(failed.getStatus()).isEqualTo(NoticeStatus.FAILED);
            assertThat(failed.getAttempts()).isEqualTo(NoticeRetries.TRIES);
        } finally {
            System.setProperty(PORT, port);
        }
        assertThat(mailsWith(subject)).isEmpty();
    }

    @Test
    void onlyAdministratorsReadTheOutbox() {
        assertThatThrownBy(() -> entries.page(new Actor("hana", Set.of("hr")), 0, 20))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> entries.count(new Actor("pat", Set.of("process-owner"))))
                .isInstanceOf(NotAllowedException.class);
        assertThat(entries.page(new Actor("adam", Set.of("admin")), 0, 5)).hasSizeLessThanOrEqualTo(5);
    }

    private static String subject(String what) {
        return "Outbox test, " + what + " " + UUID.randomUUID();
    }

    private List<Notice> notices(String subject) {
        entityManager.clear();
        return entityManager.createQuery("select n from Notice n where n.subject = :s order by n.id", Notice.class)
                .setParameter("s", subject).getResultList();
    }

    private List<MimeMessage> mailsWith(String subject) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage message : mail.messages()) {
            if (subject.equals(message.getSubject())) {
                found.add(message);
            }
        }
        return found;
    }

    private Job dispatchJob(String batchId) {
        return managementService.createJobQuery().list().stream()
                .filter(j -> j instanceof JobEntity e && NoticeDispatch.TYPE.equals(e.getJobHandlerType())
                        && batchId.equals(e.getJobHandlerConfigurationRaw()))
                .findFirst().orElse(null);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Timed out waiting until " + what);
    }
}
