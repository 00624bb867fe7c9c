package org.gapflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.gapflow.testing.GapFlowDeployment;
import org.gapflow.testing.TaskFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The task list queries on the real engine and database: scopes, paging, order, filters, flags, claiming. */
@ExtendWith(ArquillianExtension.class)
class TaskInboxIT {

    private static final List<String> HR = List.of("hr");
    private static final List<String> HR_AND_LEAD = List.of("hr", "hr-lead");
    private static final List<String> MANAGER = List.of("manager");
    /** A Wednesday noon: "this week" ends on Monday 2030-01-14 00:00 UTC. */
    private static final Instant WEDNESDAY = Instant.parse("2030-01-09T12:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return GapFlowDeployment.war(TaskInboxIT.class, TaskFixtures.class);
    }

    @Inject
    TaskInbox inbox;

    @Inject
    TaskAccess access;

    @Inject
    TaskFixtures fixtures;

    @Test
    void myTasksAndMyGroupsTasksAreSeparateLists() {
        String hrStep = TaskFixtures.newStepKey("hrstep");
        String markStep = TaskFixtures.newStepKey("markstep");
        fixtures.deployGroupStep(hrStep, "Approve", "hr");
        fixtures.deployAssignedStep(markStep, "Identify", "mark");
        Long employee = fixtures.employee("Scope Person");
        fixtures.start(hrStep, employee, nulls(3));
        fixtures.start(markStep, employee, nulls(2));

        assertThat(inbox.count(groups("hana", HR).step(hrStep))).isEqualTo(3);
        assertThat(inbox.count(mine("hana", HR).step(hrStep))).as("unclaimed is not mine").isZero();
        assertThat(inbox.count(mine("mark", MANAGER).step(markStep))).isEqualTo(2);
        assertThat(inbox.count(groups("mark", MANAGER).step(hrStep))).as("not mark's group").isZero();
        assertThat(inbox.count(mine("sofia", MANAGER).step(markStep))).as("another manager's tasks").isZero();
        assertThat(inbox.count(groups("hana", HR).step(markStep))).as("assigned tasks are nobody's group task").isZero();
        assertThat(inbox.count(groups("eve", List.of()).step(hrStep))).as("no role, no group tasks").isZero();
    }

    @Test
    void pagesOf50CoverEveryTaskOnceInDueOrder() {
        String step = TaskFixtures.newStepKey("paging");
        fixtures.deployGroupStep(step, "Paging", "hr");
        Long employee = fixtures.employee("Paging Person");
        List<Date> dues = new ArrayList<>();
        for (int i = 0; i < 118; i++) {
            dues.add(Date.from(WEDNESDAY.plus(Duration.ofHours(i))));
        }
        Collections.shuffle(dues, new Random(4));
        dues.add(null);
        dues.add(0, null);
        fixtures.start(step, employee, dues);
        TaskListQuery query = groups("lena", HR_AND_LEAD).step(step);

        TaskListResult first = inbox.page(query, 0, 50);
        TaskListResult second = inbox.page(query, 50, 50);
        TaskListResult third = inbox.page(query, 100, 50);

        assertThat(first.total()).isEqualTo(120);
        assertThat(inbox.countUpTo(query, 101)).as("a capped count stops at the cap").isEqualTo(101);
        assertThat(inbox.countUpTo(query, 1001)).isEqualTo(120);
        assertThat(first.entries()).hasSize(50);
        assertThat(second.entries()).hasSize(50);
        assertThat(third.entries()).hasSize(20);
        List<TaskListEntry> all = new ArrayList<>(first.entries());
        all.addAll(second.entries());
        all.addAll(third.entries());
        assertThat(new HashSet<>(all.stream().map(TaskListEntry::getTaskId).toList())).hasSize(120);
        List<Date> dueOrder = all.subList(0, 118).stream().map(TaskListEntry::getDue).toList();
        assertThat(dueOrder).isSorted().doesNotContainNull();
        assertThat(all.subList(118, 120)).allSatisfy(e -> assertThat(e.getDue()).as("no due date: last").isNull());

        List<TaskListEntry> newestFirst = inbox.list(groups("lena", HR_AND_LEAD).step(step)
                .orderBy(TaskListQuery.Order.DUE, false), 0, 3);
        assertThat(newestFirst.get(0).getDue().getTime()).isEqualTo(WEDNESDAY.plus(Duration.ofHours(117)).toEpochMilli());
        assertThat(inbox.page(query, 200, 50).entries()).isEmpty();
    }

    @Test
    void filtersByEmployeeNameStepAndDueDate() {
        String step = TaskFixtures.newStepKey("filters");
        String otherStep = TaskFixtures.newStepKey("filters_other");
        fixtures.deployGroupStep(step, "Filters", "hr");
        fixtures.deployGroupStep(otherStep, "Other filters", "hr");
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Long zoe = fixtures.employee("Zoë Quill " + marker);
        Long percent = fixtures.employee("Hundred 100% Sure " + marker);
        fixtures.start(step, zoe, List.of(
                Date.from(Instant.parse("2030-01-08T09:00:00Z")),   // overdue
                Date.from(Instant.parse("2030-01-13T23:00:00Z")),   // Sunday: this week
                Date.from(Instant.parse("2030-01-14T00:00:00Z"))));  // next Monday
        fixtures.start(step, percent, nulls(1));
        fixtures.start(otherStep, zoe, nulls(2));

        assertThat(inbox.count(groups("hana", HR).step(step))).isEqualTo(4);
        assertThat(inbox.count(groups("hana", HR).employeeNameContains("zoë quill " + marker.toLowerCase())))
                .as("name filter is case-insensitive and spans steps").isEqualTo(5);
        assertThat(inbox.count(groups("hana", HR).step(step).employeeNameContains("QUILL " + marker))).isEqualTo(3);
        assertThat(inbox.count(groups("hana", HR).employeeNameContains("100% Sure " + marker))).isEqualTo(1);
        assertThat(inbox.count(groups("hana", HR).step(step).employeeNameContains("_"))).as("_ is no wildcard").isZero();
        assertThat(inbox.count(groups("hana", HR).step(step).employeeNameContains("%"))).as("% is no wildcard").isEqualTo(1);
        assertThat(inbox.count(groups("hana", HR).step(step).due(DueFilter.OVERDUE).at(WEDNESDAY, ZoneOffset.UTC)))
                .isEqualTo(1);
        assertThat(inbox.count(groups("hana", HR).step(step).due(DueFilter.THIS_WEEK).at(WEDNESDAY, ZoneOffset.UTC)))
                .isEqualTo(2);
        assertThat(inbox.count(groups("hana", HR).step(step).due(DueFilter.ANY).at(WEDNESDAY, ZoneOffset.UTC)))
                .isEqualTo(4);
    }

    @Test
    void rowsCarryEmployeeFlagsAndFormPage() {
        String step = TaskFixtures.newStepKey("flags");
        fixtures.deployGroupStep(step, "Flags", "hr");
        Long employee = fixtures.employee("Flag Person");
        List<String> ids = fixtures.start(step, employee, List.of(
                Date.from(WEDNESDAY.minus(Duration.ofDays(1))),
                Date.from(WEDNESDAY.plus(Duration.ofDays(1))),
                Date.from(WEDNESDAY.plus(Duration.ofDays(2)))));
        fixtures.escalation(ids.get(0), TaskEscalation.REMINDER);
        fixtures.escalation(ids.get(0), TaskEscalation.ESCALATION);
        fixtures.escalation(ids.get(1), TaskEscalation.REMINDER);
        fixtures.escalation(ids.get(1), TaskEscalation.REMINDER);

        List<TaskListEntry> rows = inbox.list(groups("hana", HR).step(step).at(WEDNESDAY, ZoneOffset.UTC), 0, 50);

        assertThat(rows).extracting(TaskListEntry::getTaskId).containsExactlyElementsOf(ids);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.getEmployeeId()).isEqualTo(employee);
            assertThat(row.getEmployeeName()).isEqualTo("Flag Person");
            assertThat(row.getStepName()).isEqualTo("Flags");
            assertThat(row.getStepKey()).isEqualTo(step);
            assertThat(row.getFormPath()).isEqualTo("/app/it/task-form.xhtml");
            assertThat(row.getCreated()).isNotNull();
        });
        assertThat(rows).extracting(TaskListEntry::isOverdue).containsExactly(true, false, false);
        assertThat(rows).extracting(TaskListEntry::isReminderSent).containsExactly(true, true, false);
        assertThat(rows).extracting(TaskListEntry::isEscalated).containsExactly(true, false, false);
        assertThat(inbox.steps()).anySatisfy(s -> {
            assertThat(s.getKey()).isEqualTo(step);
            assertThat(s.getName()).isEqualTo("Flags");
        });
    }

    @Test
    void secondClaimIsRefusedAndUnclaimGivesTheTaskBack() {
        String step = TaskFixtures.newStepKey("claim");
        fixtures.deployGroupStep(step, "Claim", "hr");
        String taskId = fixtures.start(step, fixtures.employee("Claim Person"), nulls(1)).get(0);

        access.claim(taskId, "hana", HR);

        assertThatThrownBy(() -> access.claim(taskId, "lena", HR_AND_LEAD))
                .isInstanceOf(TaskNotAvailableException.class)
                .hasMessage("This task is assigned to someone else.");
        assertThat(fixtures.state(taskId)).isEqualTo("open by hana");
        assertThat(inbox.count(groups("lena", HR_AND_LEAD).step(step))).as("claimed: gone from the queue").isZero();
        List<TaskListEntry> hanas = inbox.list(mine("hana", HR).step(step), 0, 50);
        assertThat(hanas).extracting(TaskListEntry::getTaskId).containsExactly(taskId);
        assertThat(hanas.get(0).isReturnable()).isTrue();
        assertThatThrownBy(() -> access.unclaim(taskId, "lena", HR_AND_LEAD))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(fixtures.state(taskId)).isEqualTo("open by hana");

        access.unclaim(taskId, "hana", HR);

        assertThat(fixtures.state(taskId)).isEqualTo("open unclaimed");
        assertThat(inbox.count(groups("lena", HR_AND_LEAD).step(step))).isEqualTo(1);
        assertThat(inbox.count(mine("hana", HR).step(step))).isZero();
    }

    @Test
    void personallyAssignedTaskCannotBeGivenBack() {
        String step = TaskFixtures.newStepKey("personal");
        fixtures.deployAssignedStep(step, "Personal", "mark");
        String taskId = fixtures.start(step, fixtures.employee("Personal Person"), nulls(1)).get(0);

        assertThat(inbox.list(mine("mark", MANAGER).step(step), 0, 50).get(0).isReturnable()).isFalse();
        assertThatThrownBy(() -> access.unclaim(taskId, "mark", MANAGER)).isInstanceOf(TaskNotAvailableException.class);
        assertThat(fixtures.state(taskId)).isEqualTo("open by mark");
    }

    private static TaskListQuery mine(String user, List<String> groups) {
        return TaskListQuery.of(TaskListScope.MINE, user, groups);
    }

    private static TaskListQuery groups(String user, List<String> groups) {
        return TaskListQuery.of(TaskListScope.GROUPS, user, groups);
    }

    private static List<Date> nulls(int count) {
        return new ArrayList<>(Collections.nCopies(count, (Date) null));
    }
}
