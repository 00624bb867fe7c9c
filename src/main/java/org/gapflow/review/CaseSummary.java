package org.gapflow.review;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gapflow.tasks.TaskForm;

/** The gaps of the case behind the open task, for the case header of the step pages. */
@Named
@RequestScoped
public class CaseSummary {

    @Inject
    TaskForm taskForm;

    @Inject
    ReviewCases cases;

    private List<PerformanceGap> gaps;

    public List<PerformanceGap> getGaps() {
        if (gaps == null) {
            gaps = taskForm.isAvailable() && taskForm.getCaseId() != null ? cases.gapsOf(taskForm.getCaseId()) : List.of();
        }
        return gaps;
    }
}
