package org.gapflow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.gapflow.review.CaseStatus;
import org.gapflow.review.GapInput;
import org.gapflow.review.ReviewCase;
import org.gapflow.review.ReviewCases;
import org.gapflow.review.ReviewService;
import org.gapflow.people.PeopleDirectory;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.platform.NotAllowedException;
import org.gapflow.solution.CauseAnswers;
import org.gapflow.solution.Recommendation;
import org.gapflow.solution.SolutionCode;
import org.gapflow.solution.SolutionDecision;
import org.gapflow.solution.SolutionService;
import org.gapflow.testing.GapFlowDeployment;
import org.gapflow.testing.MailCatcher;
import org.gapflow.workflow.Actor;
import org.gapflow.workflow.TaskNotAvailableException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A whole review cycle through GapFlow's services on the real server: gaps, causes, the decision's
 * recommendation, training specified, sent back, revised, approved by HR and the budget holder,
 * enrolment with mail (caught by an in-process SMTP server), evaluation with ROI.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewCycleIT {

    static final Actor MARK = new Actor("mark", Set.of("manager"));
    static final Actor SOFIA = new Actor("sofia", Set.of("manager"));
    static final Actor HANA = new Actor("hana", Set.of("hr"));
    static final Actor LENA = new Actor("lena", Set.of("hr", "hr-lead"));

    @Deployment
    static WebArchive deployment() {
        return GapFlowDeployment.war(ReviewCycleIT.class, MailCatcher.class)
                .addAsLibrary(GapFlowDeployment.jarOf(com.icegreen.greenmail.util.GreenMail.class));
    }

    @Inject ReviewService reviews;
    @Inject ReviewCases cases;
    @Inject SolutionService solutions;
    @Inject TrainingService trainings;
    @Inject ApprovalService approvals;
    @Inject EvaluationService evaluations;
    @Inject PeopleDirectory people;
    @Inject TaskService taskService;
    @Inject RuntimeService runtimeService;
    @Inject ManagementService managementService;
    @Inject HistoryService historyService;
    @Inject MailCatcher mail;

    @Test
    void fullCycleFromGapToReturnOnInvestment() throws Exception {
        Long alice = employee("E005");
        ReviewCase started = reviews.startReview(MARK, alice);

        // 1. identify gaps
        Task identify = taskOf(started, "IdentifyGaps");
        assertThat(identify.getAssignee()).isEqualTo("mark");
        reviews.identifyGaps(MARK, identify.getId(), List.of(new GapInput("First-call resolution",
                new BigDecimal("80"), new BigDecimal("62"), "% of calls", false,
                "Customer satisfaction (NPS)", new BigDecimal("1500"), "Call logs Q3")));

        // 2. causes: can't do it, never could, skill used often -> training recommended
        Task analyse = taskOf(started, "AnalyseCauses");
        solutions.analyseCauses(MARK, analyse.getId(), new CauseAnswers(true, true, true, true,
                false, true, false, false, true, "New product range"));
        Task choose = taskOf(started, "ChooseSolutions");
        List<Recommendation> recommended = solutions.recommendations(MARK, choose.getId());
        assertThat(recommended).extracting(Recommendation::solution).contains(SolutionCode.TRAINING);
        assertThat(recommended).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        solutions.chooseSolutions(MARK, choose.getId(), recommended.stream()
                .map(r -> new SolutionDecision(r.solution(), true, null)).toList(), null, null);

        // 3. specify training; 4. HR sends back; the manager revises
        Task specify = taskOf(started, "SpecifyTraining");
        trainings.specify(MARK, specify.getId(), request(new BigDecimal("1200")));
        Task hrApproval = taskOf(started, "ApproveByHr");
        assertThatThrownBy(() -> approvals.decide(MARK, hrApproval.getId(), ApprovalOutcome.APPROVED, null))
                .isInstanceOf(TaskNotAvailableException.class);
        approvals.decide(HANA, hrApproval.getId(), ApprovalOutcome.SENT_BACK, "Add the travel cost.");
        Task revise = taskOf(started, "SpecifyTraining");
        assertThat(taskService.getVariable(revise.getId(), "approvalComments")).isEqualTo("Add the travel cost.");
        // an expensive revision is routed to the budget holder too
        TrainingSpecification revised = trainings.specify(MARK, revise.getId(), request(new BigDecimal("9000")));
        assertThat(revised.getRevision()).isEqualTo(2);

        approvals.decide(HANA, taskOf(started, "ApproveByHr").getId(), ApprovalOutcome.APPROVED, null);
        Task budgetHolder = taskOf(started, "ApproveByBudgetHolder");
        assertThatThrownBy(() -> approvals.decide(HANA, budgetHolder.getId(), ApprovalOutcome.APPROVED, null))
                .isInstanceOf(TaskNotAvailableException.class);
        mail.reset();
        approvals.decide(LENA, budgetHolder.getId(), ApprovalOutcome.APPROVED, null);

        // 5. enrol and notify runs as a job on the job executor; its notices go out after it committed, by the
        //    outbox's own job: one mail each to the employee, the manager and HR
        awaitStatus(started, CaseStatus.AWAITING_EVALUATION);
        awaitRecipients("alice@gapflow.example", "mark@gapflow.example", "hana@gapflow.example");
        for (MimeMessage notice : mail.messages()) {
            assertThat(notice.getSubject()).startsWith("Training approved");
            assertThat(notice.getAllRecipients()).hasSize(1);
        }
        assertThat(cases.require(started.getId()).getStatus()).isEqualTo(CaseStatus.AWAITING_EVALUATION);

        // 6. the evaluation waits for the training's end plus the delay: fire both timers now
        fireTimer(started, "TrainingEnded");
        fireTimer(started, "EvaluationDelayPassed");
        Task evaluate = taskOf(started, "EvaluateResults");
        Evaluation evaluation = evaluations.evaluate(MARK, evaluate.getId(), new EvaluationAnswers(
                new BigDecimal("74"), 4, 85, "Uses the new checklist", "NPS up 6 points",
                new BigDecimal("100"), 12, new BigDecimal("0.5"), new BigDecimal("0.8"), true));
        // (74 - 62) x 100 x 12 x 0.5 x 0.8 = 5760; cost 9000; ROI = (5760 - 9000) / 9000 = -36 %
        assertThat(evaluation.getBenefit()).isEqualByComparingTo("5760.00");
        assertThat(evaluation.getRoiPercent()).isEqualByComparingTo("-36.0");
        assertThat(cases.require(started.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED_GAP_CLOSED);
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(started.getProcessInstanceId()).finished().count()).isEqualTo(1);
    }

    @Test
    void aManagerCannotReviewSomeoneOutsideTheirReportingLine() {
        Long farid = employee("E010");
        assertThatThrownBy(() -> reviews.startReview(MARK, farid)).isInstanceOf(NotAllowedException.class);
        assertThat(reviews.startReview(SOFIA, farid).getManagerUsername()).isEqualTo("sofia");
    }

    @Test
    void invalidGapsAreRefusedAndNothingIsWritten() {
        ReviewCase started = reviews.startReview(MARK, employee("E006"));
        Task identify = taskOf(started, "IdentifyGaps");
        assertThatThrownBy(() -> reviews.identifyGaps(MARK, identify.getId(), List.of(new GapInput(" ",
                new BigDecimal("10"), new BigDecimal("12"), "calls", false, "", null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsKeys("gaps[0].title", "gaps[0].businessResult", "gaps[0].monthlyCost",
                                "gaps[0].actualPerformance"));
        assertThat(cases.gapsOf(started.getId())).isEmpty();
        assertThat(taskOf(started, "IdentifyGaps").getId()).isEqualTo(identify.getId());
    }

    @Test
    void noGapClosesTheCase() {
        ReviewCase started = reviews.startReview(MARK, employee("E007"));
        reviews.identifyGaps(MARK, taskOf(started, "IdentifyGaps").getId(), List.of());
        assertThat(cases.require(started.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED_NO_GAP);
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceId(started.getProcessInstanceId()).count()).isZero();
    }

    private TrainingRequest request(BigDecimal fee) {
        LocalDate start = LocalDate.now().plusDays(7);
        return new TrainingRequest("Resolve product questions on the first call", "with the knowledge base",
                "80 % first-call resolution", "classroom", "Acme Academy", 3, start, start.plusDays(2),
                new BigDecimal("1800"), 12, "1,2,3,4", "L3: 80 %", List.of(new CostLine("fees", "Course fee", fee)));
    }

    private Long employee(String number) {
        return people.employeeByNumber(number).orElseThrow().getId();
    }

    private Task taskOf(ReviewCase reviewCase, String step) {
        return taskService.createTaskQuery().processInstanceId(reviewCase.getProcessInstanceId())
                .taskDefinitionKey(step).active().singleResult();
    }

    private void fireTimer(ReviewCase reviewCase, String activityId) {
        Job timer = managementService.createJobQuery().processInstanceId(reviewCase.getProcessInstanceId())
                .activityId(activityId).timers().singleResult();
        assertThat(timer).as("timer " + activityId).isNotNull();
        managementService.executeJob(timer.getId());
    }

    private void awaitRecipients(String... addresses) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && !recipients().containsAll(List.of(addresses))) {
            Thread.sleep(200);
        }
        assertThat(recipients()).contains(addresses);
    }

    private List<String> recipients() throws jakarta.mail.MessagingException {
        List<String> addresses = new java.util.ArrayList<>();
        for (MimeMessage message : mail.messages()) {
            Arrays.stream(message.getAllRecipients()).map(Address::toString).forEach(addresses::add);
        }
        return addresses;
    }

    private void awaitStatus(ReviewCase reviewCase, CaseStatus status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && cases.require(reviewCase.getId()).getStatus() != status) {
            Thread.sleep(200);
        }
        assertThat(cases.require(reviewCase.getId()).getStatus()).isEqualTo(status);
    }
}
