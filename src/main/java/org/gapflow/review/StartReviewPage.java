package org.gapflow.review;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.gapflow.people.Employee;
import org.gapflow.people.PeopleDirectory;
import org.gapflow.people.Role;
import org.gapflow.people.Team;
import org.gapflow.platform.InvalidInputException;
import org.gapflow.platform.NotAllowedException;
import org.gapflow.web.CurrentUser;
import org.gapflow.web.FormFeedback;

/** app/reviews/start.xhtml: a manager starts a review for one of their people; HR also a team campaign. */
@Named
@ViewScoped
public class StartReviewPage implements Serializable {

    @Inject
    CurrentUser currentUser;
    @Inject
    PeopleDirectory people;
    @Inject
    ReviewService reviews;
    @Inject
    org.gapflow.workflow.TaskInbox inbox;

    private Long employeeId;
    private Long teamId;

    /** Whom the user may review: their reporting line; HR anyone with a manager. */
    public List<Employee> getEmployees() {
        if (currentUser.hasRole(Role.HR)) {
            return people.allEmployees().stream().filter(e -> e.getManager() != null).toList();
        }
        return people.reportingLineBelow(currentUser.getUsername());
    }

    public List<Team> getTeams() {
        return people.teams();
    }

    public boolean isHr() {
        return currentUser.hasRole(Role.HR);
    }

    public String startReview() {
        try {
            ReviewCase started = reviews.startReview(currentUser.actor(), employeeId);
            FormFeedback.doneAndKeep(FormFeedback.text("startReview.started") + " " + started.getEmployee().getFullName());
            // the employee's manager starting the review goes straight to its first step
            return inbox.nextPageFor(started.getProcessInstanceId(), currentUser.getUsername())
                    .map(page -> page + "&faces-redirect=true")
                    .orElse("/app/tasks.xhtml?faces-redirect=true");
        } catch (InvalidInputException e) {
            FormFeedback.error(String.join(" ", e.fieldMessages().values()));
        } catch (NotAllowedException e) {
            FormFeedback.error(e.getMessage());
        }
        return null;
    }

    public String startCampaign() {
        try {
            int started = reviews.startCampaign(currentUser.actor(), teamId).size();
            FormFeedback.doneAndKeep(started + " " + FormFeedback.text("startReview.campaignStarted"));
            return "/app/tasks.xhtml?faces-redirect=true";
        } catch (InvalidInputException e) {
            FormFeedback.error(String.join(" ", e.fieldMessages().values()));
        } catch (NotAllowedException e) {
            FormFeedback.error(e.getMessage());
        }
        return null;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(Long employeeId) {
        this.employeeId = employeeId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }
}
