package org.gapflow.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gapflow.review.CaseStatus;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.workflow.Actor;
import org.gapflow.workflow.TaskAccess;

/** "Approve training request" (HR) and "Approve training budget" (budget holder): one page, two steps. */
@ApplicationScoped
@Transactional
public class ApprovalService {

    public static final String APPROVE_BY_HR = TrainingContract.APPROVE_BY_HR;
    public static final String APPROVE_BY_BUDGET_HOLDER = TrainingContract.APPROVE_BY_BUDGET_HOLDER;

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    TaskAccess taskAccess;

    @Inject
    TaskService taskService;

    @Inject
    TrainingService trainings;

    /** The request under decision at this task, after checking the user may decide on it. */
    public TrainingSpecification requestAt(Actor actor, String taskId) {
        Task task = approvalTask(actor, taskId);
        return trainings.specificationAt(task);
    }

    public ApprovalDecision decide(Actor actor, String taskId, ApprovalOutcome outcome, String reason) {
        Task task = approvalTask(actor, taskId);
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "Approve, reject or send back.");
        }
        if (outcome.needsReason() && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", outcome == ApprovalOutcome.REJECTED
                    ? "Give the reason for the rejection." : "Say what to revise.");
        }
        new InvalidInputException.Collector().fits(reason, ApprovalDecision.REASON_LENGTH, "reason").throwIfAny();
        TrainingSpecification spec = trainings.specificationAt(task);
        boolean byHr = APPROVE_BY_HR.equals(task.getTaskDefinitionKey());
        ApprovalDecision decision = new ApprovalDecision(spec, byHr ? "hr" : "budget-holder", actor.userId(),
                outcome, reason == null ? null : reason.trim());
        entityManager.persist(decision);
        boolean routedOn = byHr && outcome == ApprovalOutcome.APPROVED && routedToBudgetHolder(task);
        switch (outcome) {
            case APPROVED -> {
                if (!routedOn) {
                    spec.moveTo(SpecificationStatus.APPROVED);
                    spec.getReviewCase().moveTo(CaseStatus.TRAINING_APPROVED);
                }
            }
            case REJECTED -> {
                spec.moveTo(SpecificationStatus.REJECTED);
                spec.getReviewCase().moveTo(CaseStatus.CLOSED_TRAINING_REJECTED);
            }
            case SENT_BACK -> {
                spec.moveTo(SpecificationStatus.SENT_BACK);
                spec.getReviewCase().moveTo(CaseStatus.TRAINING_SPECIFIED);
            }
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(byHr ? TrainingContract.HR_DECISION : TrainingContract.BUDGET_HOLDER_DECISION, outcome.code());
        variables.put(TrainingContract.APPROVAL_COMMENTS, reason == null ? null : reason.trim());
        taskAccess.complete(task, actor, variables);
        return decision;
    }

    public List<ApprovalDecision> decisionsOn(TrainingSpecification spec) {
        return entityManager.createQuery(
                        "select d from ApprovalDecision d where d.specification = :s order by d.decidedAt", ApprovalDecision.class)
                .setParameter("s", spec).getResultList();
    }

    private Task approvalTask(Actor actor, String taskId) {
        Task task = taskAccess.requireOpen(taskId);
        String step = APPROVE_BY_HR.equals(task.getTaskDefinitionKey()) ? APPROVE_BY_HR : APPROVE_BY_BUDGET_HOLDER;
        return taskAccess.requireWorkable(taskId, actor, step);
    }

    private boolean routedToBudgetHolder(Task task) {
        return "hr-then-budget-holder".equals(taskService.getVariable(task.getId(), TrainingContract.APPROVAL_ROUTE));
    }
}
