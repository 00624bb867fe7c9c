package org.gapflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.gapflow.review.GapInput;
import org.gapflow.review.ReviewCase;
import org.gapflow.review.ReviewService;
import org.gapflow.people.PeopleDirectory;
import org.gapflow.solution.CauseAnswers;
import org.gapflow.solution.SolutionCode;
import org.gapflow.solution.SolutionDecision;
import org.gapflow.solution.SolutionService;
import org.gapflow.testing.GapFlowDeployment;
import org.gapflow.testing.MailCatcher;
import org.gapflow.training.CostLine;
import org.gapflow.training.TrainingRequest;
import org.gapflow.training.TrainingService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders and escalations fired by the server's job executor, with durations of seconds passed for
 * the case (they override the model's defaults, as a process owner's new durations would).
 */
@ExtendWith(ArquillianExtension.class)
class EscalationIT {

    static final Actor MARK = new Actor("mark", Set.of("manager"));
    static final Actor HANA = new Actor("hana", Set.of("hr"));

    @Deployment
    static WebArchive deployment() {
        return GapFlowDeployment.war(EscalationIT.class, MailCatcher.class)
                .addAsLibrary(GapFlowDeployment.jarOf(com.icegreen.greenmail.util.GreenMail.class));
    }

    @Inject ReviewService reviews;
    @Inject SolutionService solutions;
    @Inject TrainingService trainings;
    @Inject TaskAccess taskAccess;
    @Inject PeopleDirectory people;
    @Inject TaskService taskService;
    @Inject org.camunda.bpm.engine.ManagementService managementService;
    @Inject MailCatcher mail;
    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Test
    void overdueManagerStepIsRemindedThenEscalatedToTheManagersManager() throws Exception {
        mail.reset();
        ReviewCase started = reviews.startReview(MARK, employee("E008"),
                Map.of("identifyGapsReminder", "PT1S", "identifyGapsDue", "PT1H"));
        Task task = taskOf(started, "IdentifyGaps");

        // the reminder timer fires on the job executor and tells the assignee
        await(() -> kindsRecorded(task).contains(TaskEscalation.REMINDER), "reminder recorded");
        // the mail leaves the outbox after the reminder's transaction committed, on a job of its own
        await(() -> recipientCount() >= 1, "reminder mailed");
        assertThat(recipients()).containsExactly("mark@gapflow.example");
        assertThat(taskOf(started, "IdentifyGaps").getAssignee()).isEqualTo("mark");

        // an hour later the task is overdue: the escalation timer fires
        taskService.setDueDate(task.getId(), new java.util.Date(System.currentTimeMillis() - 1000));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(started.getProcessInstanceId())
                .activityId("IdentifyGaps_Overdue").singleResult().getId());

        assertThat(taskOf(started, "IdentifyGaps").getAssignee()).isEqualTo("dana");
        await(() -> recipientCount() >= 2, "escalation mailed");
        assertThat(recipients()).containsExactly("mark@gapflow.example", "dana@gapflow.example");
        assertThat(taskService.getVariableLocal(task.getId(), "escalated")).isEqualTo(true);
        assertThat(taskService.getVariableLocal(task.getId(), "escalatedTo")).isEqualTo("dana");
        assertThat(kindsRecorded(task)).containsExactly(TaskEscalation.REMINDER, TaskEscalation.ESCALATION);
        // mark stays a candidate and can still do the step; dana now holds it
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .extracting(IdentityLink::getUserId).contains("mark");
        assertThat(taskAccess.requireWorkable(task.getId(), "dana", Set.of("manager")).getId()).isEqualTo(task.getId());
    }

    @Test
    void overdueHrApprovalGoesBackToThePoolForTheHrLead() throws Exception {
        ReviewCase started = reviews.startReview(MARK, employee("E009"),
                Map.of("hrApprovalReminder", "PT1H", "hrApprovalDue", "PT2S"));
        reviews.identifyGaps(MARK, taskOf(started, "IdentifyGaps").getId(), List.of(new GapInput("Picking errors",
                new BigDecimal("1"), new BigDecimal("4"), "errors per 100 picks", true, "Order accuracy",
                new BigDecimal("900"), null)));
        solutions.analyseCauses(MARK, taskOf(started, "AnalyseCauses").getId(),
                new CauseAnswers(true, true, true, true, false, true, false, false, true, null));
        solutions.chooseSolutions(MARK, taskOf(started, "ChooseSolutions").getId(),
                List.of(new SolutionDecision(SolutionCode.TRAINING, true, "Needs the scanner course")), null, null);
        LocalDate start = LocalDate.now().plusDays(3);
        trainings.specify(MARK, taskOf(started, "SpecifyTraining").getId(), new TrainingRequest("Scan every pick",
                "with the handheld scanner", "under 1 error per 100 picks", "on-the-job", "Warehouse academy", 1,
                start, start, new BigDecimal("500"), 6, "1,3", null, List.of(new CostLine("fees", "Course", new BigDecimal("300")))));
        Task approval = taskOf(started, "ApproveByHr");
        taskAccess.claim(approval.getId(), HANA.userId(), HANA.groupIds());

        await(() -> Boolean.TRUE.equals(taskService.getVariableLocal(approval.getId(), "escalated")), "HR step escalated");

        Task escalated = taskOf(started, "ApproveByHr");
        assertThat(escalated.getAssignee()).as("back in the pool").isNull();
        assertThat(taskService.getIdentityLinksForTask(approval.getId()))
                .extracting(IdentityLink::getGroupId).contains("hr", "hr-lead");
        assertThat(taskAccess.requireWorkable(approval.getId(), "lena", Set.of("hr-lead")).getId())
                .isEqualTo(approval.getId());
    }

    private List<String> kindsRecorded(Task task) {
        return entityManager.createQuery("select e.kind from TaskEscalation e where e.taskId = :t order by e.occurredAt",
                String.class).setParameter("t", task.getId()).getResultList();
    }

    private int recipientCount() {
        try {
            return recipients().size();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> recipients() throws MessagingException {
        List<String> addresses = new java.util.ArrayList<>();
        for (MimeMessage message : mail.messages()) {
            Arrays.stream(message.getAllRecipients()).map(Address::toString).forEach(addresses::add);
        }
        return addresses;
    }

    private Long employee(String number) {
        return people.employeeByNumber(number).orElseThrow().getId();
    }

    private Task taskOf(ReviewCase reviewCase, String step) {
        return taskService.createTaskQuery().processInstanceId(reviewCase.getProcessInstanceId())
                .taskDefinitionKey(step).active().singleResult();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Timed out waiting until " + what);
    }
}
