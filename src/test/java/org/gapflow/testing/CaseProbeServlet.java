package org.gapflow.testing;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Test-only (in test archives, never in the product): the open task of a case at a step, and firing a
 * case's timer now (months of waiting are not a test).
 */
@WebServlet("/it/case")
public class CaseProbeServlet extends HttpServlet {

    @Inject
    TaskService taskService;

    @Inject
    ManagementService managementService;

    @Inject
    org.camunda.bpm.engine.RuntimeService runtimeService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(request.getParameter("caseId"))
                .taskDefinitionKey(request.getParameter("step")).active().singleResult();
        response.getWriter().write(task == null ? "" : task.getId());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        org.camunda.bpm.engine.runtime.ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(request.getParameter("caseId")).singleResult();
        Job timer = instance == null ? null : managementService.createJobQuery().processInstanceId(instance.getId())
                .activityId(request.getParameter("timer")).timers().singleResult();
        if (timer == null) {
            response.sendError(404, "no such timer");
            return;
        }
        managementService.executeJob(timer.getId());
        response.getWriter().write("fired");
    }
}
