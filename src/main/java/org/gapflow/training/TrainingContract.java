package org.gapflow.training;

import java.util.Date;
import java.util.List;

import org.gapflow.workflow.ContractBean;
import org.gapflow.workflow.ContractStep;
import org.gapflow.workflow.ContractVariable;
import org.gapflow.workflow.FeatureContract;

/**
 * The training part of the process contract: the specification and the values that route its approval
 * (inputs of approval-route), the two approvals, enrolment, and the evaluation.
 */
public final class TrainingContract implements FeatureContract {

    public static final String SPECIFY_TRAINING = "SpecifyTraining";
    public static final String APPROVE_BY_HR = "ApproveByHr";
    public static final String APPROVE_BY_BUDGET_HOLDER = "ApproveByBudgetHolder";
    public static final String EVALUATE_RESULTS = "EvaluateResults";
    private static final String APPROVE_PAGE = "app:tasks/approve-training.xhtml";

    public static final String TRAINING_SPECIFICATION_ID = "trainingSpecificationId";
    public static final String TOTAL_COST = "totalCost";
    public static final String REMAINING_BUDGET = "remainingBudget";
    public static final String BENEFIT_COST_RATIO = "benefitCostRatio";
    public static final String TRAINING_END_DATE = "trainingEndDate";
    public static final String APPROVAL_ROUTE = "approvalRoute";
    public static final String HR_DECISION = "hrDecision";
    public static final String BUDGET_HOLDER_DECISION = "budgetHolderDecision";
    public static final String APPROVAL_COMMENTS = "approvalComments";
    public static final String EVALUATION_ID = "evaluationId";
    public static final String GAP_CLOSED = "gapClosed";

    public static final String TRAINING_ENROLMENT = "trainingEnrolment";

    @Override
    public List<ContractStep> steps() {
        return List.of(
                ContractStep.of(SPECIFY_TRAINING, "app:tasks/specify-training.xhtml", TRAINING_SPECIFICATION_ID,
                        TOTAL_COST, BENEFIT_COST_RATIO, REMAINING_BUDGET, TRAINING_END_DATE),
                ContractStep.of(APPROVE_BY_HR, APPROVE_PAGE, HR_DECISION, APPROVAL_COMMENTS),
                ContractStep.of(APPROVE_BY_BUDGET_HOLDER, APPROVE_PAGE, BUDGET_HOLDER_DECISION, APPROVAL_COMMENTS),
                ContractStep.of(EVALUATE_RESULTS, "app:tasks/evaluate-results.xhtml", GAP_CLOSED, EVALUATION_ID));
    }

    @Override
    public List<ContractVariable> variables() {
        return List.of(
                ContractVariable.of(TRAINING_SPECIFICATION_ID, Long.class),
                ContractVariable.of(TOTAL_COST, Double.class),
                ContractVariable.of(REMAINING_BUDGET, Double.class),
                ContractVariable.of(BENEFIT_COST_RATIO, Double.class),
                ContractVariable.of(TRAINING_END_DATE, Date.class),
                ContractVariable.decision(APPROVAL_ROUTE, String.class),
                ContractVariable.of(HR_DECISION, String.class),
                ContractVariable.of(BUDGET_HOLDER_DECISION, String.class),
                ContractVariable.personal(APPROVAL_COMMENTS, String.class),
                ContractVariable.of(EVALUATION_ID, Long.class),
                ContractVariable.of(GAP_CLOSED, Boolean.class),
                ContractVariable.modelDefault("specifyTrainingReminder"),
                ContractVariable.modelDefault("specifyTrainingDue"),
                ContractVariable.modelDefault("hrApprovalReminder"),
                ContractVariable.modelDefault("hrApprovalDue"),
                ContractVariable.modelDefault("budgetApprovalReminder"),
                ContractVariable.modelDefault("budgetApprovalDue"),
                ContractVariable.modelDefault("evaluateResultsReminder"),
                ContractVariable.modelDefault("evaluateResultsDue"),
                ContractVariable.modelDefault("evaluationDelay"),
                ContractVariable.modelDefault("enrolmentRetryCycle"));
    }

    @Override
    public List<ContractBean> beans() {
        return List.of(ContractBean.delegate(TRAINING_ENROLMENT));
    }
}
