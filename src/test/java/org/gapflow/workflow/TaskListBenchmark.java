package org.gapflow.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.gapflow.testing.GapFlowDeployment;
import org.gapflow.testing.TaskFixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (no *IT name, so `verify` never runs it; it asserts nothing):
 * ./mvnw -o verify -Dit.test=TaskListBenchmark -Dfailsafe.failIfNoSpecifiedTests=false
 * Fills the server's database up to 100,000 open tasks (20,000 for hr, the rest assigned across 1,000
 * managers, mark among them) once, then prints median and p95 of one task-list page (count + page +
 * employees + flags) beside the engine's own candidate-group and assignee queries. On PostgreSQL, run
 * ANALYZE after the first (seeding) run, as autovacuum would in production: without statistics the
 * planner guesses one row per table and every figure is several times worse.
 */
@ExtendWith(ArquillianExtension.class)
class TaskListBenchmark {

    private static final Logger LOG = Logger.getLogger(TaskListBenchmark.class.getName());
    private static final int OPEN_TASKS = 100_000;
    private static final int HR_TASKS = 20_000;
    private static final int ROUNDS = 200;

    @Deployment
    static WebArchive deployment() {
        return GapFlowDeployment.war(TaskListBenchmark.class, TaskFixtures.class);
    }

    @Inject
    TaskInbox inbox;
    @Inject
    TaskService taskService;
    @Inject
    RuntimeService runtimeService;
    @Inject
    RepositoryService repositoryService;
    @Inject
    TaskFixtures fixtures;
    @Resource
    UserTransaction transaction;

    @Test
    void taskListPageWith100000OpenTasks() throws Exception {
        seed();
        List<String> hr = List.of("hr");
        List<String> manager = List.of("manager");
        // what the task list page does: count up to 1,001, then the page with its employees and flags
        report("GapFlow list page, hr group (hana)", () -> {
            TaskListQuery query = TaskListQuery.of(TaskListScope.GROUPS, "hana", hr);
            inbox.countUpTo(query, 1001);
            return inbox.list(query, 0, 50);
        });
        report("GapFlow list page, my tasks (mark)", () -> {
            TaskListQuery query = TaskListQuery.of(TaskListScope.MINE, "mark", manager);
            inbox.countUpTo(query, 1001);
            return inbox.list(query, 0, 50);
        });
        report("GapFlow exact count + page, hr group (hana)", () -> inbox.page(TaskListQuery.of(TaskListScope.GROUPS, "hana", hr), 0, 50));
        report("GapFlow page, hr group, page 200", () -> inbox.page(TaskListQuery.of(TaskListScope.GROUPS, "hana", hr), 9950, 50));
        report("GapFlow page, hr group, employee filter", () -> inbox.page(TaskListQuery.of(TaskListScope.GROUPS, "hana", hr)
                .employeeNameContains("bench 7"), 0, 50));
        report("GapFlow page, my tasks (mark)", () -> inbox.page(TaskListQuery.of(TaskListScope.MINE, "mark", manager), 0, 50));
        report("engine candidate-group query (count + page)", () -> {
            taskService.createTaskQuery().taskCandidateGroup("hr").count();
            return taskService.createTaskQuery().taskCandidateGroup("hr").orderByDueDate().asc().listPage(0, 50);
        });
        report("engine assignee query (count + page)", () -> {
            taskService.createTaskQuery().taskAssignee("mark").count();
            return taskService.createTaskQuery().taskAssignee("mark").orderByDueDate().asc().listPage(0, 50);
        });
    }

    private void seed() throws Exception {
        long open = taskService.createTaskQuery().count();
        if (open >= OPEN_TASKS) {
            LOG.info(() -> "benchmark: " + open + " open tasks already there");
            return;
        }
        repositoryService.createDeployment().name("bench").enableDuplicateFiltering(true)
                .addModelInstance("bench-hr.bpmn", Bpmn.createExecutableProcess("bench-hr").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("bench_approve").name("Approve (bench)").camundaCandidateGroups("hr")
                        .camundaDueDate("${due}").camundaFormKey(TaskFixtures.FORM_KEY).endEvent().done())
                .addModelInstance("bench-manager.bpmn", Bpmn.createExecutableProcess("bench-manager").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("bench_identify").name("Identify (bench)").camundaAssignee("${manager}")
                        .camundaDueDate("${due}").camundaFormKey(TaskFixtures.FORM_KEY).endEvent().done())
                .deploy();
        Long[] employees = new Long[100];
        for (int i = 0; i < employees.length; i++) {
            employees[i] = fixtures.employee("Bench " + i);
        }
        long started = System.nanoTime();
        int toStart = (int) (OPEN_TASKS - open);
        int hrToStart = Math.max(0, HR_TASKS - (int) taskService.createTaskQuery().taskCandidateGroup("hr").count());
        Instant base = Instant.now().minus(Duration.ofDays(10));
        for (int i = 0; i < toStart; i++) {
            if (i % 1000 == 0) {
                if (i > 0) {
                    transaction.commit();
                }
                transaction.begin();
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put("caseId", (long) i);
            variables.put("employeeId", employees[i % employees.length]);
            variables.put("due", Date.from(base.plus(Duration.ofMinutes(i * 7L % 40_000))));
            if (i < hrToStart) {
                runtimeService.startProcessInstanceByKey("bench-hr", "b" + i, variables);
            } else {
                variables.put("manager", i % 1000 == 0 ? "mark" : "bench-manager-" + (i % 1000));
                runtimeService.startProcessInstanceByKey("bench-manager", "b" + i, variables);
            }
        }
        transaction.commit();
        LOG.info(() -> "benchmark: started " + toStart + " cases in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private static void report(String name, Supplier<Object> call) {
        for (int i = 0; i < 20; i++) {
            call.get();
        }
        long[] nanos = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String line = String.format("benchmark: %-45s median %6.2f ms  p95 %6.2f ms  (%d rounds)", name,
                nanos[ROUNDS / 2] / 1e6, nanos[(int) (ROUNDS * 0.95)] / 1e6, ROUNDS);
        LOG.info(line);
        System.out.println(line);
    }
}
