package org.gapflow.review;

import java.util.List;

import org.gapflow.workflow.ContractBean;
import org.gapflow.workflow.ContractStep;
import org.gapflow.workflow.ContractVariable;
import org.gapflow.workflow.FeatureContract;

/** The review case's part of the process contract: who works on the case, and whether it has a gap. */
public final class ReviewContract implements FeatureContract {

    public static final String MANAGER = "manager";
    public static final String MANAGERS_MANAGER = "managersManager";
    public static final String GAP_FOUND = "gapFound";
    public static final String GAP_ID = "gapId";
    /** In a reopened cycle: the process instance id of the cycle it continues. */
    public static final String PREVIOUS_CASE_ID = "previousCaseId";
    public static final String CASE_PARTICIPANTS = "caseParticipants";
    public static final String IDENTIFY_GAPS = "IdentifyGaps";

    @Override
    public List<ContractStep> steps() {
        return List.of(ContractStep.of(IDENTIFY_GAPS, "app:tasks/identify-gaps.xhtml", GAP_FOUND, GAP_ID));
    }

    @Override
    public List<ContractVariable> variables() {
        return List.of(
                ContractVariable.of(PREVIOUS_CASE_ID, String.class),
                ContractVariable.personal(MANAGER, String.class),
                ContractVariable.personal(MANAGERS_MANAGER, String.class),
                ContractVariable.of(GAP_FOUND, Boolean.class),
                ContractVariable.of(GAP_ID, Long.class),
                ContractVariable.modelDefault("identifyGapsReminder"),
                ContractVariable.modelDefault("identifyGapsDue"));
    }

    @Override
    public List<ContractBean> beans() {
        return List.of(ContractBean.executionListener(CASE_PARTICIPANTS));
    }
}
