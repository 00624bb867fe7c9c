package org.gapflow.review.view;

import java.util.List;

import org.gapflow.training.ApprovalDecision;
import org.gapflow.training.TrainingSpecification;

/** One revision of the training request with the decisions taken on it. */
public record TrainingRequestRecord(TrainingSpecification specification, List<ApprovalDecision> decisions) {
}
