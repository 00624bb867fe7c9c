package org.gapflow.home;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gapflow.workflow.TaskInbox;
import org.gapflow.web.CurrentUser;

/** The first page after login: who you are, your roles, how many tasks wait for you. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    TaskInbox inbox;

    private Long openTasks;

    public String getDisplayName() {
        return currentUser.getDisplayName();
    }

    public String getUsername() {
        return currentUser.getUsername();
    }

    public List<String> getRoles() {
        return currentUser.getRoleIds();
    }

    public String getJobTitle() {
        return currentUser.employee().map(e -> e.getJobTitle()).orElse("");
    }

    public long getOpenTasks() {
        if (openTasks == null) {
            openTasks = inbox.openTaskCount(currentUser.getUsername(), currentUser.getRoleIds());
        }
        return openTasks;
    }
}
