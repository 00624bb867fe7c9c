package org.gapflow.testing;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test-only endpoint (in the test archive, never in the product) for tests that run as a client:
 * POST /it/tasks?step=..&name=..&group=hr|assignee=mark&count=N&employee=NAME[&dueHours=H]
 *   deploys the step once, starts N cases (due in H, H+1, ... hours), answers the task ids, one a line;
 * POST /it/tasks?escalate=TASKID&kind=REMINDER|ESCALATION records a reminder or escalation;
 * GET  /it/tasks?taskId=..  answers the task's state (see TaskFixtures.state).
 */
@WebServlet("/it/tasks")
public class TaskFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskFixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        if (request.getParameter("escalate") != null) {
            fixtures.escalation(request.getParameter("escalate"), request.getParameter("kind"));
            response.getWriter().write("recorded");
            return;
        }
        String step = request.getParameter("step");
        String name = request.getParameter("name");
        if (request.getParameter("assignee") != null) {
            fixtures.deployAssignedStep(step, name, request.getParameter("assignee"));
        } else {
            fixtures.deployGroupStep(step, name, request.getParameter("group"));
        }
        int count = Integer.parseInt(request.getParameter("count"));
        String dueHours = request.getParameter("dueHours");
        List<Date> dues = new ArrayList<>();
        Instant base = Instant.now();
        for (int i = 0; i < count; i++) {
            dues.add(dueHours == null ? null : Date.from(base.plus(Duration.ofHours(Long.parseLong(dueHours) + i))));
        }
        Long employeeId = fixtures.employee(request.getParameter("employee"));
        response.getWriter().write(String.join("\n", fixtures.start(step, employeeId, dues)));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(fixtures.state(request.getParameter("taskId")));
    }
}
