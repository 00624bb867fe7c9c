package org.gapflow.workflow;

import java.text.DateFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.gapflow.notification.Outbox;
import org.gapflow.platform.Settings;

/**
 * Who holds a task (assignee, or candidate users and groups' members) and the mail that tells them, put in
 * the outbox in the step's transaction and sent after commit.
 */
@ApplicationScoped
public class TaskNotices {

    @Inject
    TaskService taskService;

    @Inject
    IdentityService identityService;

    @Inject
    Outbox outbox;

    /** E-mail addresses of the people who may work on the task now. */
    public Set<String> holderAddresses(Task task) {
        Set<String> users = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        } else {
            for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                } else if (link.getGroupId() != null) {
                    identityService.createUserQuery().memberOfGroup(link.getGroupId()).list()
                            .forEach(u -> users.add(u.getId()));
                }
            }
        }
        return addressesOf(List.copyOf(users));
    }

    public Set<String> addressesOf(List<String> userIds) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String userId : userIds) {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
                addresses.add(user.getEmail());
            }
        }
        return addresses;
    }

    public void send(Set<String> addresses, String subject, Task task, String lead) {
        String due = task.getDueDate() == null ? "no due date"
                : DateFormat.getDateInstance(DateFormat.LONG, Locale.ENGLISH).format(task.getDueDate());
        String link = Settings.get("gapflow.base.url", "http://localhost:8080/gapflow") + "/app/tasks.xhtml";
        String body = lead + "\n\n"
                + "Task: " + task.getName() + "\n"
                + "Due: " + due + "\n"
                + "Open it: " + link + "\n\n"
                + "-- GapFlow";
        outbox.post(addresses, subject, body, link);
    }
}
