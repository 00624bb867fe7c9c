package org.gapflow.review;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gapflow.web.CurrentUser;
import org.gapflow.web.FormFeedback;
import org.gapflow.tasks.TaskForm;
import org.gapflow.workflow.TaskDrafts;

/** app/tasks/identify-gaps.xhtml: the gaps of the case, with add and remove, draft and complete. */
@Named
@ViewScoped
public class IdentifyGapsPage implements Serializable {

    @Inject
    TaskForm taskForm;
    @Inject
    CurrentUser currentUser;
    @Inject
    ReviewService reviews;
    @Inject
    ReviewCases cases;
    @Inject
    TaskDrafts drafts;

    private List<GapRow> gaps;

    /** The draft JSON: the rows and the "no gap" answer. */
    public static class Draft {
        public List<GapRow> gaps = new ArrayList<>();
    }

    public List<GapRow> getGaps() {
        if (gaps == null) {
            String taskId = taskForm.getTask().getId();
            gaps = drafts.load(currentUser.actor(), taskId, Draft.class).map(d -> d.gaps)
                    .orElseGet(() -> new ArrayList<>(cases.gapsOf(taskForm.getCaseId()).stream().map(GapRow::of).toList()));
            if (gaps.isEmpty()) {
                gaps.add(new GapRow());
            }
        }
        return gaps;
    }

    public void addGap() {
        getGaps().add(new GapRow());
    }

    public void removeGap(GapRow row) {
        getGaps().remove(row);
    }

    public void saveDraft() {
        Draft draft = new Draft();
        draft.gaps = getGaps();
        FormFeedback.saveDraft(() -> drafts.save(currentUser.actor(), taskForm.getTask().getId(), draft));
    }

    public String complete() {
        List<GapInput> inputs = getGaps().stream().map(GapRow::toInput).toList();
        return FormFeedback.submit(() -> reviews.identifyGaps(currentUser.actor(), taskForm.getTask().getId(), inputs),
                "identifyGaps.done", taskForm.getTask().getProcessInstanceId());
    }

    /** "No gap found": the case closes with that outcome. */
    public String completeWithoutGap() {
        return FormFeedback.submit(() -> reviews.identifyGaps(currentUser.actor(), taskForm.getTask().getId(), List.of()),
                "identifyGaps.noGapDone");
    }
}
