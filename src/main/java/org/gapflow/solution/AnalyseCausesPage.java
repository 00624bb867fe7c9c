package org.gapflow.solution;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;

import org.gapflow.review.ReviewCases;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.web.CurrentUser;
import org.gapflow.web.FormFeedback;
import org.gapflow.tasks.TaskForm;
import org.gapflow.workflow.TaskDrafts;

/** app/tasks/analyse-causes.xhtml: the Mager &amp; Pipe / Gilbert questions, each answered yes or no. */
@Named
@ViewScoped
public class AnalyseCausesPage implements Serializable {

    /** The questions in the order the manager meets them; the keys are the answers' names. */
    public static final List<String> QUESTIONS = SolutionContract.CAUSE_ANSWERS;

    @Inject
    TaskForm taskForm;
    @Inject
    CurrentUser currentUser;
    @Inject
    SolutionService solutions;
    @Inject
    ReviewCases cases;
    @Inject
    TaskDrafts drafts;

    private Draft draft;

    public static class Draft implements Serializable {
        public Map<String, Boolean> answers = new LinkedHashMap<>();
        @Size(max = CauseAnalysis.NOTES_LENGTH)
        public String notes;

        public Map<String, Boolean> getAnswers() { return answers; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }

    public Draft getForm() {
        if (draft == null) {
            draft = drafts.load(currentUser.actor(), taskForm.getTask().getId(), Draft.class).orElseGet(this::fromCase);
        }
        return draft;
    }

    private Draft fromCase() {
        Draft fresh = new Draft();
        CauseAnalysis saved = solutions.analysisOf(cases.require(taskForm.getCaseId()));
        if (saved != null) {
            CauseAnswers a = saved.answers();
            boolean[] values = {a.expectationsClear(), a.feedbackGiven(), a.resourcesAdequate(), a.consequencesRight(),
                a.couldDoBefore(), a.skillUsedOften(), a.taskSimplifiable(), a.obstaclesPresent(), a.hasPotential()};
            for (int i = 0; i < QUESTIONS.size(); i++) {
                fresh.answers.put(QUESTIONS.get(i), values[i]);
            }
            fresh.notes = a.notes();
        }
        return fresh;
    }

    public List<String> getQuestions() {
        return QUESTIONS;
    }

    public void saveDraft() {
        FormFeedback.saveDraft(() -> drafts.save(currentUser.actor(), taskForm.getTask().getId(), getForm()));
    }

    public String complete() {
        Map<String, Boolean> answers = getForm().answers;
        InvalidInputException.Collector unanswered = new InvalidInputException.Collector();
        for (String question : QUESTIONS) {
            unanswered.check(answers.get(question) != null, question, FormFeedback.text("analyseCauses.answer"));
        }
        try {
            unanswered.throwIfAny();
        } catch (InvalidInputException e) {
            FormFeedback.fieldErrors(e);
            return null;
        }
        CauseAnswers causeAnswers = new CauseAnswers(answers.get(SolutionContract.EXPECTATIONS_CLEAR),
                answers.get(SolutionContract.FEEDBACK_GIVEN), answers.get(SolutionContract.RESOURCES_ADEQUATE),
                answers.get(SolutionContract.CONSEQUENCES_RIGHT), answers.get(SolutionContract.COULD_DO_BEFORE),
                answers.get(SolutionContract.SKILL_USED_OFTEN), answers.get(SolutionContract.TASK_SIMPLIFIABLE),
                answers.get(SolutionContract.OBSTACLES_PRESENT), answers.get(SolutionContract.HAS_POTENTIAL), getForm().notes);
        return FormFeedback.submit(() -> solutions.analyseCauses(currentUser.actor(), taskForm.getTask().getId(),
                causeAnswers), "analyseCauses.done", taskForm.getTask().getProcessInstanceId());
    }
}
