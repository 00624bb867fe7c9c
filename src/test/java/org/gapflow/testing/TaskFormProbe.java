package org.gapflow.testing;

import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gapflow.tasks.TaskForm;

/** Test-only step bean behind src/test/webapp/app/it/task-form.xhtml: completes the task with a note. */
@Named
@RequestScoped
public class TaskFormProbe {

    @Inject
    TaskForm taskForm;

    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String complete() {
        taskForm.complete(Map.of("note", note == null ? "" : note));
        return "/app/tasks.xhtml?faces-redirect=true";
    }
}
