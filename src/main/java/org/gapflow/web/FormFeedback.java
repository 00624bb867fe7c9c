package org.gapflow.web;

import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.gapflow.platform.InvalidInputException;

/**
 * Puts a service's verdict on the page: each field message next to its field (the service's field
 * name is the component id inside the form "task"; "gaps[0].title" is the row component
 * task:gaps:0:title), other refusals at the top. The bean keeps what the user typed.
 */
public final class FormFeedback {

    private FormFeedback() {
    }

    public static void fieldErrors(InvalidInputException e) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Map.Entry<String, String> entry : e.fieldMessages().entrySet()) {
            String clientId = "task:" + entry.getKey().replaceAll("\\[(\\d+)]\\.", ":$1:").replace('.', '_');
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    ServiceMessages.translate(entry.getValue()), null));
        }
        context.validationFailed();
    }

    public static void error(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ServiceMessages.translate(message), null));
        context.validationFailed();
    }

    /** A message that survives the redirect to the task list after a completed step. */
    public static void doneAndKeep(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /**
     * Runs a step's submit: done, it goes back to the task list with the message; refused, the page
     * stays with the messages and everything typed.
     */
    public static String submit(Runnable step, String doneMessageKey) {
        return submit(step, doneMessageKey, null);
    }

    /**
     * As above; when the user's next step of the same case is waiting (processInstanceId given), it
     * opens that step's page instead of the task list.
     */
    public static String submit(Runnable step, String doneMessageKey, String processInstanceId) {
        try {
            step.run();
            doneAndKeep(text(doneMessageKey));
            if (processInstanceId != null) {
                jakarta.enterprise.inject.spi.CDI<Object> cdi = jakarta.enterprise.inject.spi.CDI.current();
                String user = cdi.select(CurrentUser.class).get().getUsername();
                java.util.Optional<String> next = cdi.select(org.gapflow.workflow.TaskInbox.class).get()
                        .nextPageFor(processInstanceId, user);
                if (next.isPresent()) {
                    return next.get() + "&faces-redirect=true";
                }
            }
            return "/app/tasks.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            fieldErrors(e);
        } catch (org.gapflow.workflow.TaskNotAvailableException | org.gapflow.platform.NotAllowedException e) {
            error(e.getMessage());
        }
        return null;
    }

    /**
     * "Save draft": saved, a note on the page; refused (a draft too long as a whole, the task gone), the
     * reason on the page, and what was typed stays.
     */
    public static void saveDraft(Runnable save) {
        try {
            save.run();
            info(text("draft.saved"));
        } catch (InvalidInputException | org.gapflow.workflow.TaskNotAvailableException
                 | org.gapflow.platform.NotAllowedException e) {
            error(e.getMessage());
        }
    }

    /** A text of the step pages' bundle ("steps") in the view's language. */
    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "steps").getString(key);
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }
}
