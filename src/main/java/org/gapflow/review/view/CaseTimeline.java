package org.gapflow.review.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.gapflow.review.ReviewCase;
import org.gapflow.review.ReviewService;
import org.gapflow.solution.ActionPlan;
import org.gapflow.solution.CauseProblem;
import org.gapflow.solution.SolutionChoice;
import org.gapflow.solution.SolutionContract;
import org.gapflow.solution.SolutionService;
import org.gapflow.training.ApprovalDecision;
import org.gapflow.training.ApprovalService;
import org.gapflow.training.EvaluationService;
import org.gapflow.training.TrainingService;
import org.gapflow.workflow.TaskEscalation;

/**
 * A case's timeline: the engine's history of the case's process instance (steps with who did them and
 * when, events reached, decisions evaluated), joined with what GapFlow recorded around it (the outcome
 * and reason of each step, reminders and escalations, comments). A page costs a fixed number of queries
 * per case, whatever its length.
 */
@ApplicationScoped
public class CaseTimeline {

    /** Service tasks that only send reminders and escalate: gf_task_escalation tells who received them. */
    static final Set<String> NOTICE_BEANS = Set.of("${taskReminder}", "${taskEscalation}");
    static final String RECOMMENDATION_TABLE = "solution-recommendation";
    static final String APPROVAL_ROUTE = "approval-route";

    @Inject
    HistoryService historyService;
    @Inject
    TaskService taskService;
    @Inject
    ManagementService managementService;
    @Inject
    RepositoryService repositoryService;
    @PersistenceContext(unitName = "gapflow")
    EntityManager entityManager;

    public List<TimelineEntry> of(ReviewCase reviewCase, CaseRecords records) {
        List<Line> lines = new ArrayList<>();
        Long previousCaseId = reviewCase.getPreviousCase() == null ? null : reviewCase.getPreviousCase().getId();
        Phrase reopened = previousCaseId == null ? null : Phrase.of("case.why.reopened", previousCaseId);
        String processInstanceId = reviewCase.getProcessInstanceId();
        HistoricProcessInstance process = processInstanceId == null ? null : historyService
                .createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (process == null) {
            // a reopened case whose new cycle has not started yet
            lines.add(new Line(reviewCase.getStartedAt(), TimelineKind.CASE_OPENED, null, null, null, false, null, reopened));
            return finish(lines);
        }
        List<HistoricActivityInstance> activities = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list();
        Set<String> noticeSteps = noticeSteps(process.getProcessDefinitionId());
        Map<String, List<HistoricDecisionInstance>> decisions = decisionsByActivityInstance(processInstanceId);
        StepOutcomes outcomes = new StepOutcomes(records, actionPlanOutcomes(processInstanceId), activities);

        for (HistoricActivityInstance activity : activities) {
            String type = activity.getActivityType();
            if (ActivityTypes.TASK_USER_TASK.equals(type)) {
                lines.add(step(activity, outcomes));
            } else if (ActivityTypes.START_EVENT.equals(type) || type.endsWith("StartEvent")) {
                boolean byPerson = ActivityTypes.START_EVENT.equals(type);
                lines.add(new Line(instant(activity.getStartTime()), TimelineKind.CASE_OPENED, activity.getActivityId(),
                        activity.getActivityName(), byPerson ? reviewCase.getStartedBy() : null, false, null, reopened));
            } else if (ActivityTypes.TASK_BUSINESS_RULE.equals(type)) {
                lines.add(decision(activity, decisions.getOrDefault(activity.getId(), List.of())));
            } else if (ActivityTypes.TASK_SERVICE.equals(type) && !noticeSteps.contains(activity.getActivityId())) {
                lines.add(event(activity, null));
            } else if (ActivityTypes.INTERMEDIATE_EVENT_TIMER.equals(type)) {
                lines.add(event(activity, activity.getEndTime() == null ? waitingUntil(activity) : null));
            } else if (type.endsWith("EndEvent") && activity.getActivityId().equals(process.getEndActivityId())) {
                lines.add(new Line(instant(activity.getEndTime() == null ? activity.getStartTime() : activity.getEndTime()),
                        TimelineKind.CASE_CLOSED, activity.getActivityId(), activity.getActivityName(), null, false, null, null));
            }
        }
        for (TaskEscalation notice : entityManager.createQuery(
                        "select e from TaskEscalation e where e.processInstanceId = :pi order by e.occurredAt, e.id",
                        TaskEscalation.class)
                .setParameter("pi", processInstanceId).getResultList()) {
            boolean reminder = TaskEscalation.REMINDER.equals(notice.getKind());
            String to = notice.getEscalatedTo();
            lines.add(new Line(notice.getOccurredAt(), reminder ? TimelineKind.REMINDER : TimelineKind.ESCALATION, null,
                    notice.getTaskName(), to, isGroup(to), null, null));
        }
        for (Comment comment : taskService.getProcessInstanceComments(processInstanceId)) {
            lines.add(new Line(instant(comment.getTime()), TimelineKind.COMMENT, null, null, comment.getUserId(), false,
                    null, Phrase.text(comment.getFullMessage())));
        }
        return finish(lines);
    }

    private Line step(HistoricActivityInstance activity, StepOutcomes outcomes) {
        if (activity.getEndTime() == null) {
            Task task = activity.getTaskId() == null ? null
                    : taskService.createTaskQuery().taskId(activity.getTaskId()).singleResult();
            String holder = activity.getAssignee();
            boolean group = false;
            if (holder == null && task != null) {
                holder = candidateGroups(task.getId());
                group = holder != null;
            }
            Phrase due = task == null || task.getDueDate() == null ? null : Phrase.of("case.outcome.due", instant(task.getDueDate()));
            return new Line(instant(activity.getStartTime()), TimelineKind.STEP_OPEN, activity.getActivityId(),
                    activity.getActivityName(), holder, group, due, null);
        }
        if (activity.isCanceled()) {
            return new Line(instant(activity.getEndTime()), TimelineKind.STEP_CANCELLED, activity.getActivityId(),
                    activity.getActivityName(), activity.getAssignee(), false, null, null);
        }
        Line done = new Line(instant(activity.getEndTime()), TimelineKind.STEP_DONE, activity.getActivityId(),
                activity.getActivityName(), activity.getAssignee(), false, null, null);
        outcomes.describe(activity, done);
        return done;
    }

    private Line event(HistoricActivityInstance activity, Phrase outcome) {
        boolean waiting = activity.getEndTime() == null;
        return new Line(instant(waiting ? activity.getStartTime() : activity.getEndTime()),
                waiting ? TimelineKind.WAITING : TimelineKind.EVENT, activity.getActivityId(), activity.getActivityName(),
                null, false, outcome, null);
    }

    private Phrase waitingUntil(HistoricActivityInstance activity) {
        Job timer = managementService.createJobQuery().processInstanceId(activity.getProcessInstanceId())
                .activityId(activity.getActivityId()).timers().list().stream().findFirst().orElse(null);
        return timer == null || timer.getDuedate() == null ? null : Phrase.of("case.outcome.waitingUntil", instant(timer.getDuedate()));
    }

    /** The decision's result as the case saw it: the solutions recommended with their reasons, or the route and its rule. */
    private Line decision(HistoricActivityInstance activity, List<HistoricDecisionInstance> evaluated) {
        Phrase outcome = null;
        Phrase why = null;
        for (HistoricDecisionInstance decision : evaluated) {
            if (RECOMMENDATION_TABLE.equals(decision.getDecisionDefinitionKey())) {
                Map<Integer, String[]> rows = new LinkedHashMap<>();
                for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
                    String[] row = rows.computeIfAbsent(output.getRuleOrder(), k -> new String[2]);
                    if ("solution".equals(output.getVariableName())) {
                        row[0] = String.valueOf(output.getValue());
                    } else if ("reason".equals(output.getVariableName())) {
                        row[1] = String.valueOf(output.getValue());
                    }
                }
                List<Phrase> solutions = rows.values().stream().map(r -> r[0]).filter(s -> s != null).distinct()
                        .map(s -> Phrase.of("solution." + s)).toList();
                List<Phrase> reasons = rows.values().stream().filter(r -> r[0] != null && r[1] != null)
                        .map(r -> Phrase.of("case.why.recommendation", Phrase.of("solution." + r[0]), r[1])).toList();
                outcome = solutions.isEmpty() ? Phrase.of("case.outcome.nothingRecommended")
                        : Phrase.of("case.outcome.recommended", solutions);
                why = reasons.isEmpty() ? null : Phrase.of("case.why.list", reasons);
            } else if (APPROVAL_ROUTE.equals(decision.getDecisionDefinitionKey())) {
                for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
                    outcome = Phrase.of("case.outcome.route." + output.getValue());
                    why = Phrase.text(ruleDescription(decision.getDecisionDefinitionId(), output.getRuleId()));
                }
            }
        }
        return new Line(instant(activity.getEndTime() == null ? activity.getStartTime() : activity.getEndTime()),
                TimelineKind.DECISION, activity.getActivityId(), activity.getActivityName(), null, false, outcome, why);
    }

    private String ruleDescription(String decisionDefinitionId, String ruleId) {
        if (ruleId == null) {
            return null;
        }
        Rule rule = repositoryService.getDmnModelInstance(decisionDefinitionId).getModelElementById(ruleId);
        return rule == null || rule.getDescription() == null ? null : rule.getDescription().getTextContent();
    }

    /** Decisions by the activity instance that evaluated them (a required decision through its root). */
    private Map<String, List<HistoricDecisionInstance>> decisionsByActivityInstance(String processInstanceId) {
        List<HistoricDecisionInstance> all = historyService.createHistoricDecisionInstanceQuery()
                .processInstanceId(processInstanceId).includeOutputs().list();
        Map<String, HistoricDecisionInstance> byId = all.stream()
                .collect(Collectors.toMap(HistoricDecisionInstance::getId, d -> d));
        Map<String, List<HistoricDecisionInstance>> byActivity = new HashMap<>();
        for (HistoricDecisionInstance decision : all) {
            String activityInstanceId = decision.getActivityInstanceId();
            if (activityInstanceId == null && decision.getRootDecisionInstanceId() != null
                    && byId.containsKey(decision.getRootDecisionInstanceId())) {
                activityInstanceId = byId.get(decision.getRootDecisionInstanceId()).getActivityInstanceId();
            }
            if (activityInstanceId != null) {
                byActivity.computeIfAbsent(activityInstanceId, k -> new ArrayList<>()).add(decision);
            }
        }
        return byActivity;
    }

    /** Every value "Review action plan" gave actionPlanOutcome, in order: the n-th belongs to the n-th review. */
    private List<String> actionPlanOutcomes(String processInstanceId) {
        return historyService.createHistoricDetailQuery().processInstanceId(processInstanceId)
                .variableUpdates().variableNameLike(SolutionContract.ACTION_PLAN_OUTCOME).disableBinaryFetching()
                .orderByTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(detail -> String.valueOf(((HistoricVariableUpdate) detail).getValue()))
                .toList();
    }

    private Set<String> noticeSteps(String processDefinitionId) {
        return repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementsByType(ServiceTask.class)
                .stream().filter(task -> NOTICE_BEANS.contains(task.getCamundaDelegateExpression()))
                .map(ServiceTask::getId).collect(Collectors.toSet());
    }

    private String candidateGroups(String taskId) {
        String groups = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).distinct().sorted().collect(Collectors.joining(", "));
        return groups.isEmpty() ? null : groups;
    }

    /** "candidates" is what a reminder records when a task waits in a group queue. */
    private static boolean isGroup(String holder) {
        return holder != null && (holder.equals("candidates") || org.gapflow.people.Role.byId(holder).isPresent());
    }

    /** In time order (lines of the same instant in the order they were found), with people's names. */
    private List<TimelineEntry> finish(List<Line> lines) {
        Set<String> users = new HashSet<>();
        for (Line line : lines) {
            if (line.actor != null && !line.group) {
                users.add(line.actor);
            }
        }
        Map<String, String> names = names(users);
        List<Line> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparing((Line l) -> l.at, Comparator.nullsLast(Comparator.naturalOrder())));
        return ordered.stream().map(l -> new TimelineEntry(l.at, l.kind, l.activityId, l.name, l.actor,
                l.actor == null || l.group ? null : names.getOrDefault(l.actor, l.actor), l.group, l.outcome, l.why)).toList();
    }

    private Map<String, String> names(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select e.username, e.fullName from Employee e where e.username in :u", Object[].class)
                .setParameter("u", usernames).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1], (a, b) -> a));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** A timeline line while it is assembled. */
    static final class Line {
        final Instant at;
        final TimelineKind kind;
        final String activityId;
        final String name;
        final String actor;
        final boolean group;
        Phrase outcome;
        Phrase why;

        Line(Instant at, TimelineKind kind, String activityId, String name, String actor, boolean group,
             Phrase outcome, Phrase why) {
            this.at = at;
            this.kind = kind;
            this.activityId = activityId;
            this.name = name;
            this.actor = actor;
            this.group = group;
            this.outcome = outcome;
            this.why = why;
        }
    }

    /**
     * The outcome and reason of each completed step, from the records the step wrote. A step done
     * several times (a request sent back and revised) is matched in order: the n-th "Specify training"
     * wrote revision n, the n-th HR approval the n-th HR decision. Cause analysis and solution choices keep
     * only their latest answers, so only the last time those steps were done shows them.
     */
    static final class StepOutcomes {
        private final CaseRecords records;
        private final List<String> actionPlanOutcomes;
        private final List<ApprovalDecision> hrDecisions;
        private final List<ApprovalDecision> budgetHolderDecisions;
        private final List<ActionPlan> completedPlans;
        private final Map<String, String> lastDone = new HashMap<>();
        private final Map<String, Integer> seen = new HashMap<>();

        StepOutcomes(CaseRecords records, List<String> actionPlanOutcomes, List<HistoricActivityInstance> activities) {
            this.records = records;
            this.actionPlanOutcomes = actionPlanOutcomes;
            List<ApprovalDecision> decisions = records.trainingRequests().stream()
                    .flatMap(r -> r.decisions().stream())
                    .sorted(Comparator.comparing(ApprovalDecision::getDecidedAt)).toList();
            this.hrDecisions = decisions.stream().filter(d -> "hr".equals(d.getLevel())).toList();
            this.budgetHolderDecisions = decisions.stream().filter(d -> "budget-holder".equals(d.getLevel())).toList();
            this.completedPlans = records.actionPlans().stream().filter(p -> p.getCompletedAt() != null)
                    .sorted(Comparator.comparing(ActionPlan::getCompletedAt)).toList();
            for (HistoricActivityInstance activity : activities) {
                if (activity.getEndTime() != null && !activity.isCanceled()) {
                    lastDone.put(activity.getActivityId(), activity.getId());
                }
            }
        }

        void describe(HistoricActivityInstance activity, Line line) {
            String step = activity.getActivityId();
            int n = seen.merge(step, 1, Integer::sum) - 1;
            boolean last = activity.getId().equals(lastDone.get(step));
            switch (step) {
                case ReviewService.IDENTIFY_GAPS -> line.outcome = records.gaps().isEmpty()
                        ? Phrase.of("case.outcome.noGap") : Phrase.of("case.outcome.gaps", records.gaps().size());
                case SolutionService.ANALYSE_CAUSES -> {
                    if (last && records.causes() != null) {
                        List<CauseProblem> found = records.causesFound();
                        line.outcome = found.isEmpty() ? Phrase.of("case.outcome.noCause")
                                : Phrase.of("case.outcome.causes", found.stream().map(c -> Phrase.of("cause." + c.code())).toList());
                        line.why = Phrase.text(records.causes().notes());
                    }
                }
                case SolutionService.CHOOSE_SOLUTIONS -> {
                    if (last && !records.solutions().isEmpty()) {
                        line.outcome = Phrase.of("case.outcome.chosen", records.solutions().stream().filter(SolutionChoice::isChosen)
                                .map(c -> Phrase.of("solution." + c.getSolutionCode())).toList());
                        List<Phrase> overrides = records.solutions().stream().filter(SolutionChoice::isOverride)
                                .map(c -> Phrase.of(c.isChosen() ? "case.why.addedSolution" : "case.why.declinedSolution",
                                        Phrase.of("solution." + c.getSolutionCode()), c.getOverrideReason() == null ? "" : c.getOverrideReason()))
                                .toList();
                        line.why = overrides.isEmpty() ? null : Phrase.of("case.why.list", overrides);
                    }
                }
                case SolutionService.REVIEW_ACTION_PLAN -> {
                    if (n < actionPlanOutcomes.size()) {
                        line.outcome = Phrase.of("case.outcome.actionPlan." + actionPlanOutcomes.get(n));
                    }
                    if (n < completedPlans.size()) {
                        line.why = Phrase.text(completedPlans.get(n).getOutcome());
                    }
                }
                case TrainingService.SPECIFY_TRAINING -> {
                    if (n < records.trainingRequests().size()) {
                        var spec = records.trainingRequests().get(n).specification();
                        line.outcome = Phrase.of("case.outcome.specified", spec.getRevision(), spec.totalCost());
                    }
                }
                case ApprovalService.APPROVE_BY_HR -> approval(line, n < hrDecisions.size() ? hrDecisions.get(n) : null);
                case ApprovalService.APPROVE_BY_BUDGET_HOLDER ->
                        approval(line, n < budgetHolderDecisions.size() ? budgetHolderDecisions.get(n) : null);
                case EvaluationService.EVALUATE_RESULTS -> {
                    if (records.evaluation() != null) {
                        line.outcome = Phrase.of(records.evaluation().isGapClosed() ? "case.outcome.evaluatedClosed"
                                : "case.outcome.evaluatedReopened", records.evaluation().getRoiPercent());
                    }
                }
                default -> { }
            }
        }

        private static void approval(Line line, ApprovalDecision decision) {
            if (decision != null) {
                line.outcome = Phrase.of("case.outcome.approval." + decision.getOutcome().code());
                line.why = Phrase.text(decision.getReason());
            }
        }
    }
}
