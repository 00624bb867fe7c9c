package org.gapflow.training;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.gapflow.review.CaseStatus;
import org.gapflow.review.ReviewCase;
import org.gapflow.notification.Outbox;
import org.gapflow.people.Employee;
import org.gapflow.people.PeopleDirectory;
import org.gapflow.people.Role;
import org.gapflow.platform.Settings;
import org.gapflow.workflow.TaskNotices;

/**
 * Records an approved training and tells the employee, the manager and HR. The notices go to the outbox in
 * the same transaction as the enrolment and are sent after commit: a mail server that is down (or none at
 * all) no longer holds up the case.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    TrainingService trainings;

    @Inject
    PeopleDirectory people;

    @Inject
    TaskNotices notices;

    @Inject
    Outbox outbox;

    public Enrolment enrol(Long specificationId) {
        TrainingSpecification spec = trainings.requireSpecification(specificationId);
        Enrolment enrolment = entityManager.createQuery(
                        "select e from Enrolment e where e.specification = :s", Enrolment.class)
                .setParameter("s", spec).getResultStream().findFirst().orElse(null);
        if (enrolment == null) {
            enrolment = new Enrolment(spec);
            entityManager.persist(enrolment);
        }
        spec.moveTo(SpecificationStatus.ENROLLED);
        ReviewCase reviewCase = spec.getReviewCase();
        reviewCase.moveTo(CaseStatus.AWAITING_EVALUATION);
        String link = Settings.get("gapflow.base.url", "http://localhost:8080/gapflow")
                + "/app/cases/view.xhtml?caseId=" + reviewCase.getId();
        outbox.post(recipients(reviewCase), "Training approved: " + spec.getObjectiveBehaviour(), body(spec, link), link);
        enrolment.markNotified();
        return enrolment;
    }

    private Set<String> recipients(ReviewCase reviewCase) {
        Set<String> addresses = new LinkedHashSet<>();
        Employee employee = reviewCase.getEmployee();
        if (employee.getEmail() != null) {
            addresses.add(employee.getEmail());
        }
        List<String> users = new ArrayList<>();
        users.add(reviewCase.getManagerUsername());
        users.addAll(people.usernamesInRole(Role.HR));
        addresses.addAll(notices.addressesOf(users));
        return addresses;
    }

    private static String body(TrainingSpecification spec, String link) {
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        return "The training requested for " + spec.getReviewCase().getEmployee().getFullName() + " is approved.\n\n"
                + "Objective: " + spec.getObjectiveBehaviour() + "\n"
                + "Condition: " + spec.getObjectiveCondition() + "\n"
                + "Criterion: " + spec.getObjectiveCriterion() + "\n"
                + "Provider: " + spec.getProvider() + " (" + spec.getDeliveryFormat() + ", "
                + spec.getSessions() + " sessions)\n"
                + "Dates: " + date.format(spec.getStartDate()) + " to " + date.format(spec.getEndDate()) + "\n"
                + "Cost: " + spec.totalCost() + "\n\n"
                + "The manager will evaluate the results after the training.\n"
                + "The case: " + link + "\n\n-- GapFlow";
    }
}
