package org.gapflow.review.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.gapflow.review.CaseVisibility;
import org.gapflow.review.ReviewCase;
import org.gapflow.review.ReviewCases;
import org.gapflow.people.Employee;
import org.gapflow.solution.CauseAnalysis;
import org.gapflow.solution.SolutionService;
import org.gapflow.training.ApprovalDecision;
import org.gapflow.training.Enrolment;
import org.gapflow.training.Evaluation;
import org.gapflow.training.TrainingService;
import org.gapflow.training.TrainingSpecification;
import org.gapflow.workflow.Actor;

/**
 * Opens a case for reading, after checking on this request that the user may see it. It lives above the
 * gap, solution and training features because it reads the records of all three.
 */
@ApplicationScoped
@Transactional
public class CaseFiles {

    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    @Inject
    CaseVisibility visibility;
    @Inject
    ReviewCases cases;
    @Inject
    SolutionService solutions;
    @Inject
    TrainingService trainings;
    @Inject
    CaseTimeline timelines;
    @Inject
    CaseDiagrams diagrams;

    /** The case with everything recorded on it; empty when it does not exist or the user may not see it. */
    public Optional<CaseFile> open(Actor actor, Long caseId) {
        return visibility.find(actor, caseId).map(this::read);
    }

    private CaseFile read(ReviewCase reviewCase) {
        CaseRecords records = records(reviewCase);
        return new CaseFile(header(reviewCase), records, timelines.of(reviewCase, records),
                diagrams.of(reviewCase.getProcessInstanceId()));
    }

    private CaseHeader header(ReviewCase c) {
        Employee employee = c.getEmployee();
        Long next = entityManager.createQuery(
                        "select c.id from ReviewCase c where c.previousCase = :c order by c.id desc", Long.class)
                .setParameter("c", c).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new CaseHeader(c.getId(), employee.getFullName(), employee.getEmployeeNumber(), employee.getJobTitle(),
                employee.getTeam() == null ? null : employee.getTeam().getName(),
                c.getManagerUsername(), fullName(c.getManagerUsername()), c.getStatus(), c.getStartedAt(),
                fullName(c.getStartedBy()), c.getClosedAt(),
                c.getPreviousCase() == null ? null : c.getPreviousCase().getId(), next);
    }

    private CaseRecords records(ReviewCase c) {
        CauseAnalysis analysis = solutions.analysisOf(c);
        List<TrainingSpecification> specs = trainings.specificationsOf(c);
        Map<Long, List<ApprovalDecision>> decisions = new LinkedHashMap<>();
        for (ApprovalDecision decision : entityManager.createQuery(
                        "select d from ApprovalDecision d join fetch d.specification where d.specification.reviewCase = :c "
                                + "order by d.decidedAt, d.id", ApprovalDecision.class)
                .setParameter("c", c).getResultList()) {
            decisions.computeIfAbsent(decision.getSpecification().getId(), k -> new ArrayList<>()).add(decision);
        }
        List<TrainingRequestRecord> requests = specs.stream()
                .map(s -> new TrainingRequestRecord(s, decisions.getOrDefault(s.getId(), List.of()))).toList();
        Enrolment enrolment = entityManager.createQuery(
                        "select e from Enrolment e join fetch e.specification where e.specification.reviewCase = :c order by e.id desc",
                        Enrolment.class)
                .setParameter("c", c).setMaxResults(1).getResultStream().findFirst().orElse(null);
        Evaluation evaluation = entityManager.createQuery(
                        "select v from Evaluation v where v.reviewCase = :c", Evaluation.class)
                .setParameter("c", c).getResultStream().findFirst().orElse(null);
        return new CaseRecords(cases.gapsOf(c.getId()), analysis == null ? null : analysis.answers(),
                solutions.choicesOf(c), solutions.plansOf(c), requests, enrolment, evaluation);
    }

    private String fullName(String username) {
        if (username == null) {
            return null;
        }
        return entityManager.createQuery("select e.fullName from Employee e where e.username = :u", String.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(username);
    }
}
